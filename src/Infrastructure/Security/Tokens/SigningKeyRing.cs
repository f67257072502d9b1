using System.Globalization;
using System.Security.Cryptography;
using Groupus.Infrastructure.Persistence;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Groupus.Infrastructure.Security.Tokens;

/// <summary>
/// The keys that sign access tokens, kept as owner-only PEM files under data/keys. The newest key signs;
/// every key still needed to validate an unexpired token validates. A rotation (by command, even while the
/// server runs) adds a key and removes those whose tokens can no longer be valid.
/// </summary>
public sealed class SigningKeyRing(IOptions<GroupusOptions> groupus, IOptions<TokenOptions> tokens, TimeProvider clock)
{
    private const string FilePrefix = "jwt-signing-";
    private static readonly TimeSpan RescanInterval = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, SigningKey> _loaded = [];
    private IReadOnlyList<SigningKey> _keys = [];
    private DateTime _scannedAtUtc = DateTime.MinValue;

    private string KeyDirectory => Path.Combine(groupus.Value.ResolveDataDirectory(), "keys");

    public SigningKey Current => Keys()[^1];

    public IEnumerable<SecurityKey> ValidationKeys => Keys().Select(k => k.SecurityKey);

    /// <summary>Creates the first key when there is none; returns the signing key.</summary>
    public SigningKey EnsureKey()
    {
        lock (_gate)
        {
            if (Scan().Count == 0)
            {
                Create();
            }

            return Keys(forceRescan: true)[^1];
        }
    }

    /// <summary>Adds a new signing key and deletes keys that no unexpired token can still be signed with.</summary>
    public SigningKey Rotate()
    {
        lock (_gate)
        {
            Create();
            var keys = Scan();
            var now = clock.GetUtcNow().UtcDateTime;
            for (var i = 0; i < keys.Count - 1; i++)
            {
                var supersededAt = keys[i + 1].CreatedAtUtc;
                if (now > supersededAt + tokens.Value.Lifetime)
                {
                    File.Delete(FileFor(keys[i]));
                }
            }

            return Keys(forceRescan: true)[^1];
        }
    }

    private IReadOnlyList<SigningKey> Keys(bool forceRescan = false)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (forceRescan || now - _scannedAtUtc > RescanInterval || _keys.Count == 0)
        {
            lock (_gate)
            {
                _keys = Scan();
                _scannedAtUtc = now;
            }
        }

        return _keys.Count > 0 ? _keys : throw new InvalidOperationException("No token signing key exists; the server creates one at start-up.");
    }

    /// <summary>Reads the key files; a key already loaded is reused, so rescans cost a directory listing.</summary>
    private List<SigningKey> Scan()
    {
        if (!Directory.Exists(KeyDirectory))
        {
            return [];
        }

        var keys = new List<SigningKey>();
        foreach (var path in Directory.EnumerateFiles(KeyDirectory, FilePrefix + "*.pem"))
        {
            var name = Path.GetFileNameWithoutExtension(path)[FilePrefix.Length..];
            var separator = name.IndexOf('-', StringComparison.Ordinal);
            if (separator < 0 || !DateTime.TryParseExact(name[..separator], "yyyyMMddHHmmssfff", CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var createdAt))
            {
                continue;
            }

            if (!_loaded.TryGetValue(path, out var key))
            {
                var algorithm = ECDsa.Create();
                algorithm.ImportFromPem(File.ReadAllText(path));
                key = new SigningKey(name[(separator + 1)..], createdAt, algorithm);
                _loaded[path] = key;
            }

            keys.Add(key);
        }

        return [.. keys.OrderBy(k => k.CreatedAtUtc)];
    }

    private void Create()
    {
        DataDirectory.EnsureExists(KeyDirectory);
        var createdAt = clock.GetUtcNow().UtcDateTime;
        var last = Scan().LastOrDefault();
        if (last is not null && createdAt <= last.CreatedAtUtc)
        {
            createdAt = last.CreatedAtUtc.AddMilliseconds(1);
        }

        using var algorithm = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var key = new SigningKey(Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(9)), createdAt, algorithm);
        OwnerOnlyFile.WriteAllText(FileFor(key), algorithm.ExportPkcs8PrivateKeyPem());
    }

    private string FileFor(SigningKey key) =>
        Path.Combine(KeyDirectory, $"{FilePrefix}{key.CreatedAtUtc.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}-{key.KeyId}.pem");
}
