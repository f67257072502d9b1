using System.Buffers.Text;
using System.Text;

namespace Groupus.Application.Accounts.Numbers.ListNumbers;

/// <summary>
/// An opaque continuation token: the last number of the previous page (the list is keyed on E.164, so a page costs the
/// same however deep it is), tied to the organisation and filter it came from.
/// </summary>
internal static class NumberPageToken
{
    public static string Create(Guid organisationId, string? purpose, string lastE164) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"n1:{organisationId:N}:{purpose}:{lastE164}"));

    public static bool TryRead(string token, Guid organisationId, string? purpose, out string lastE164)
    {
        lastE164 = "";
        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token)).Split(':');
            if (parts.Length != 4 || parts[0] != "n1" || parts[1] != organisationId.ToString("N") || parts[2] != (purpose ?? "")
                || parts[3].Length is < 2 or > 16 || parts[3][0] != '+' || !parts[3].Skip(1).All(char.IsAsciiDigit))
            {
                return false;
            }

            lastE164 = parts[3];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
