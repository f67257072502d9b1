using Groupus.Domain.Fax;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>The pixel geometry of an A4 fax page at one resolution.</summary>
internal sealed record FaxPageFormat(FaxResolution Resolution, int Width, int A4Rows, float XDpi, float YDpi)
{
    public const int A4Width = 1728;

    /// <summary>The left and right margin, and the top and bottom one, of text and cover pages: 10 mm.</summary>
    public const float MarginInches = 10 / 25.4f;

    // T.4 gives A4 as 297 mm at 3.85 or 7.7 lines per millimetre.
    public static readonly FaxPageFormat Standard = new(FaxResolution.Standard, A4Width, 1143, 204, 98);
    public static readonly FaxPageFormat Fine = new(FaxResolution.Fine, A4Width, 2287, 204, 196);

    public static FaxPageFormat For(FaxResolution resolution) => resolution == FaxResolution.Fine ? Fine : Standard;

    /// <summary>Rows per pixel column of square (XDpi × XDpi) drawing space: 98/204 or 196/204.</summary>
    public float VerticalScale => YDpi / XDpi;
}
