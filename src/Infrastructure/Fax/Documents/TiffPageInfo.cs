namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>One TIFF directory's geometry, read before any pixel is decoded. Resolutions are in dots per inch, if given.</summary>
internal sealed record TiffPageInfo(int Width, int Height, bool IsBilevel, float? XDpi, float? YDpi);
