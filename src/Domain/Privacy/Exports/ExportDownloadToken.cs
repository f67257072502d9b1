using System.Security.Cryptography;
using System.Text;
using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Exports;

/// <summary>
/// A single-use, expiring right to download a package. The token itself (32 random bytes, base64url) is given out
/// once; only its SHA-256 is kept, so a copy of the database cannot be used to download anything.
/// </summary>
public sealed class ExportDownloadToken : Entity
{
    private ExportDownloadToken()
    {
    }

    public Guid PackageId { get; private set; }

    public Guid RequestId { get; private set; }

    [NotPersonalData("SHA-256 hex of a random token")]
    public string TokenHash { get; private set; } = "";

    public DateTime IssuedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? SpentAtUtc { get; private set; }

    public static (ExportDownloadToken Token, string Secret) Issue(ExportPackage package, TimeSpan validity, DateTime nowUtc)
    {
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ExportDownloadToken
        {
            Id = Guid.CreateVersion7(),
            PackageId = package.Id,
            RequestId = package.RequestId,
            TokenHash = HashOf(secret),
            IssuedAtUtc = nowUtc,
            ExpiresAtUtc = nowUtc + validity,
        };
        return (token, secret);
    }

    public static string HashOf(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
