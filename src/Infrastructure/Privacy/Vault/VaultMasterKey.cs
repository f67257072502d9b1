using System.Security.Cryptography;
using System.Text;
using Groupus.Infrastructure.Persistence;

namespace Groupus.Infrastructure.Privacy.Vault;

/// <summary>
/// The vault's master key and the keys derived from it (HKDF-SHA256), one per use, so that a hash in the blind index
/// says nothing about a wrapped key and the register's hashes differ from the ones modules store.
/// </summary>
internal sealed class VaultMasterKey
{
    private const int KeySize = 32;

    private VaultMasterKey(byte[] master)
    {
        WrappingKey = Derive(master, "groupus vault: subject key wrapping");
        RegisterIndexKey = Derive(master, "groupus vault: subject register index");
        RecordIndexKey = Derive(master, "groupus vault: record index");
        CryptographicOperations.ZeroMemory(master);
    }

    /// <summary>Wraps (AES-GCM) every subject's data key.</summary>
    public byte[] WrappingKey { get; }

    /// <summary>HMAC key of the register's identifier hashes.</summary>
    public byte[] RegisterIndexKey { get; }

    /// <summary>HMAC key of the hashes modules keep next to encrypted values (<see cref="Contracts.Privacy.IBlindIndex"/>).</summary>
    public byte[] RecordIndexKey { get; }

    public static VaultMasterKey Load(VaultOptions options, string vaultFile)
    {
        if (!string.IsNullOrWhiteSpace(options.MasterKey))
        {
            var configured = Convert.FromBase64String(options.MasterKey);
            return configured.Length == KeySize
                ? new VaultMasterKey(configured)
                : throw new InvalidOperationException($"{VaultOptions.Section}:MasterKey must be {KeySize} bytes, base64.");
        }

        var path = options.MasterKeyFile ?? Path.Combine(Path.GetDirectoryName(vaultFile)!, "privacy-vault.key");
        if (!File.Exists(path))
        {
            DataDirectory.EnsureExists(Path.GetDirectoryName(Path.GetFullPath(path))!);
            try
            {
                using var file = OwnerOnlyFile.CreateNew(path);
                file.Write(RandomNumberGenerator.GetBytes(KeySize));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another node created it first.
            }
        }

        var key = File.ReadAllBytes(path);
        return key.Length == KeySize ? new VaultMasterKey(key) : throw new InvalidDataException($"{path} is not a {KeySize}-byte key.");
    }

    private static byte[] Derive(byte[] master, string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, master, KeySize, salt: [], info: Encoding.UTF8.GetBytes(purpose));
}
