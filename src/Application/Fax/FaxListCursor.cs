using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Groupus.Application.Common.Results;

namespace Groupus.Application.Fax;

/// <summary>Where the next page of a newest-first list starts, as an opaque token.</summary>
public sealed record FaxListCursor(int Offset)
{
    public static readonly Error InvalidToken = Error.Invalid("page_token", "is not a page token this server gave");

    public string ToToken() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"fax:{Offset.ToString(CultureInfo.InvariantCulture)}"));

    public static bool TryRead(string? token, out FaxListCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(token))
        {
            return true;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            if (text.StartsWith("fax:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                cursor = new FaxListCursor(offset);
                return true;
            }
        }
        catch (FormatException)
        {
        }

        return false;
    }
}
