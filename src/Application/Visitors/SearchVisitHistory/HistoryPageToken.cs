using System.Buffers.Text;
using System.Text;

namespace Groupus.Application.Visitors.SearchVisitHistory;

/// <summary>An opaque continuation token: the position of the next page, tied to the search it came from.</summary>
internal static class HistoryPageToken
{
    public static string Create(int offset, DateTime fromUtc, DateTime toUtc) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"v1:{offset}:{fromUtc.Ticks}:{toUtc.Ticks}"));

    public static bool TryRead(string token, DateTime fromUtc, DateTime toUtc, out int offset)
    {
        offset = 0;
        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token)).Split(':');
            return parts.Length == 4
                && parts[0] == "v1"
                && int.TryParse(parts[1], out offset) && offset > 0
                && parts[2] == fromUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture)
                && parts[3] == toUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
