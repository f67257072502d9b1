using Groupus.Fax.Imaging;

namespace Groupus.Fax.T30.Pages;

/// <summary>
/// Fits a page to the width and vertical resolution a session negotiated: rows are dropped or repeated to change the
/// resolution, and a wider page is cut (a narrower one padded with white) on the right.
/// </summary>
public static class PageFitting
{
    public static FaxPage Fit(FaxPage page, int width, double linesPerInch)
    {
        if (page.Width == width && Math.Abs(page.YResolution - linesPerInch) < 1)
        {
            return page;
        }

        var scale = linesPerInch / page.YResolution;
        var height = Math.Max(1, (int)Math.Round(page.Height * scale));
        var fitted = new FaxPage(width, height, page.XResolution, linesPerInch);
        var bytes = Math.Min(fitted.Stride, page.Stride);
        for (var y = 0; y < height; y++)
        {
            var source = page.GetRow(Math.Min(page.Height - 1, (int)(y / scale)))[..bytes];
            var target = fitted.GetRow(y);
            source.CopyTo(target);
            if (width % 8 != 0 && bytes == fitted.Stride)
            {
                target[^1] &= (byte)(0xFF << (8 - (width % 8)));
            }
        }

        return fitted;
    }
}
