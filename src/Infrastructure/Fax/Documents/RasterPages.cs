namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>Rasterises a grey picture onto A4 fax pages by its <see cref="RasterLayout"/>, one page at a time.</summary>
internal static class RasterPages
{
    public static IEnumerable<BilevelPage> Render(GrayImage image, RasterLayout layout, FaxPageFormat format, Binarisation binarisation)
    {
        var resampler = new GrayResampler(image, layout.Width, layout.Height);
        var binariser = new RowBinariser(layout.Width, binarisation);
        var gray = new float[layout.Width];
        int y = 0;
        for (int pageIndex = 0; pageIndex < layout.PageCount; pageIndex++)
        {
            // Pages are full A4 length; the last is padded with white paper.
            var page = new BilevelPage(format.Width, format.A4Rows, format.XDpi, format.YDpi);
            for (int row = 0; row < format.A4Rows && y < layout.Height; row++, y++)
            {
                resampler.ReadRow(y, gray);
                binariser.Write(gray, page.Row(row), layout.Left);
            }

            yield return page;
        }
    }
}
