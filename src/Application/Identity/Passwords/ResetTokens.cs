using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Groupus.Application.Identity.Passwords;

/// <summary>
/// Reset tokens are "&lt;user id&gt;.&lt;256 random bits&gt;"; only a SHA-256 hash of the whole token is stored, so a
/// copy of the database cannot be used to reset anyone's password.
/// </summary>
public static class ResetTokens
{
    public static (string Token, string Hash) Create(Guid userId)
    {
        var token = $"{userId:N}.{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))}";
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool TryReadUserId(string token, out Guid userId)
    {
        var separator = token.IndexOf('.', StringComparison.Ordinal);
        userId = Guid.Empty;
        return separator == 32 && token.Length > 40 && Guid.TryParseExact(token[..separator], "N", out userId);
    }
}
