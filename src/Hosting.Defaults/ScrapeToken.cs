using System.Security.Cryptography;
using System.Text;

namespace Groupus.Hosting.Defaults;

/// <summary>The bearer token a scraper must present, compared in constant time.</summary>
internal sealed class ScrapeToken
{
    /// <summary>Long enough not to be guessed (a 24-byte random value in base64 is 32 characters).</summary>
    public const int MinimumLength = 32;

    private readonly byte[] _hash;

    private ScrapeToken(string token) => _hash = SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static string? ReadText(string file) => File.Exists(file) ? File.ReadAllText(file).Trim() : null;

    public static ScrapeToken? FromFile(string file) => string.IsNullOrWhiteSpace(file) ? null : new ScrapeToken(ReadText(file) ?? "");

    public bool Accepts(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(_hash, SHA256.HashData(Encoding.UTF8.GetBytes(authorization[Scheme.Length..].Trim())));
    }
}
