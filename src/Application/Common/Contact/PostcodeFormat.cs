using System.Text.RegularExpressions;

namespace Groupus.Application.Common.Contact;

public static partial class PostcodeFormat
{
    public static bool IsUnitedKingdom(string? countryCode) => string.Equals(countryCode?.Trim(), "GB", StringComparison.OrdinalIgnoreCase);

    public static bool IsValidUkPostcode(string postcode) => UkPostcode().IsMatch(postcode.Trim());

    /// <summary>Upper case; UK postcodes with the single space before the inward code (sw1a1aa → SW1A 1AA).</summary>
    public static string Normalise(string postcode, string countryCode)
    {
        var trimmed = postcode.Trim().ToUpperInvariant();
        if (!IsUnitedKingdom(countryCode))
        {
            return trimmed;
        }

        var compact = trimmed.Replace(" ", "", StringComparison.Ordinal);
        return $"{compact[..^3]} {compact[^3..]}";
    }

    [GeneratedRegex("^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$")]
    private static partial Regex UkPostcode();
}
