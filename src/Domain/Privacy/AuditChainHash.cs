using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Groupus.Domain.Privacy;

/// <summary>
/// SHA-256 over a canonical form of an audit row: each field written as its length and its UTF-8 text, so no two
/// different rows can produce the same input (a field cannot swallow its neighbour's separator).
/// </summary>
public static class AuditChainHash
{
    /// <summary>The "previous hash" of the first row.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Compute(long sequence, DateTime atUtc, string actor, string action, string? subjectReference, string details, string previousHash)
    {
        var canonical = new StringBuilder();
        Append(canonical, sequence.ToString(CultureInfo.InvariantCulture));
        Append(canonical, atUtc.Ticks.ToString(CultureInfo.InvariantCulture));
        Append(canonical, actor);
        Append(canonical, action);
        Append(canonical, subjectReference ?? "\0");
        Append(canonical, details);
        Append(canonical, previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    private static void Append(StringBuilder canonical, string field) =>
        canonical.Append(Encoding.UTF8.GetByteCount(field).ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('\n');
}
