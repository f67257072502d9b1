using System.Security.Cryptography;
using System.Text;

namespace Groupus.Domain.Privacy.Requests;

/// <summary>
/// One-time identity codes: digits from a CSPRNG; only a salted SHA-256 of the code is kept, compared in constant time.
/// </summary>
public static class VerificationCode
{
    public const int MinimumDigits = 6;

    public static string Generate(int digits)
    {
        var length = Math.Max(MinimumDigits, digits);
        var code = new char[length];
        for (var i = 0; i < length; i++)
        {
            code[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
        }

        return new string(code);
    }

    public static string NewSalt() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public static string Hash(string code, string salt) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(salt + ":" + code.Trim())));

    public static bool Matches(string code, string salt, string expectedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(code, salt)), Encoding.ASCII.GetBytes(expectedHash));
}
