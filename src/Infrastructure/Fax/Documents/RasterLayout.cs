namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// Where a picture goes on A4 fax pages: scaled to the full page width keeping its proportions (pixel aspect
/// included); shrunk onto one page if it is only a little taller than one; otherwise cut into page-high pieces.
/// </summary>
internal sealed record RasterLayout(int Width, int Height, int Left, int PageCount)
{
    // A scanned A4 sheet is a little taller than a fax page is wide; shrinking it beats spilling a sliver onto page 2.
    private const double ShrinkToFitTolerance = 1.1;

    public static RasterLayout For(int width, int height, float xDpi, float yDpi, FaxPageFormat format)
    {
        double rows = height * ((double)format.Width / width) * (xDpi / yDpi) * format.VerticalScale;
        if (rows <= format.A4Rows)
        {
            return new RasterLayout(format.Width, Math.Max(1, (int)Math.Round(rows)), 0, 1);
        }

        if (rows <= format.A4Rows * ShrinkToFitTolerance)
        {
            int shrunk = Math.Max(1, (int)Math.Round(format.Width * format.A4Rows / rows));
            return new RasterLayout(shrunk, format.A4Rows, (format.Width - shrunk) / 2, 1);
        }

        double pages = Math.Ceiling(rows / format.A4Rows);
        return pages > int.MaxValue / format.A4Rows
            ? new RasterLayout(format.Width, int.MaxValue, 0, int.MaxValue)
            : new RasterLayout(format.Width, (int)Math.Round(rows), 0, (int)pages);
    }
}
