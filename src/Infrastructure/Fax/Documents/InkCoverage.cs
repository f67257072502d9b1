using SkiaSharp;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// Draws line art (text, rules) in A4 drawing units of 1/204 inch in both directions onto an 8-bit coverage canvas
/// squeezed to the fax's rows, then thresholds it: crisper than dithering for lettering.
/// </summary>
internal static class InkCoverage
{
    /// <summary>A4 is 297 mm tall: in drawing units at 204 per inch, at either resolution.</summary>
    public const float A4Height = 297 / 25.4f * 204;

    // Below half coverage, so that thin horizontal strokes at standard resolution are not lost.
    private const byte Threshold = 96;

    public static BilevelPage Draw(FaxPageFormat format, Action<SKCanvas> draw)
    {
        var info = new SKImageInfo(format.Width, format.A4Rows, SKColorType.Alpha8, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        bitmap.Erase(SKColors.Transparent);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Scale(1, format.A4Rows / A4Height);
            draw(canvas);
        }

        var page = new BilevelPage(format.Width, format.A4Rows, format.XDpi, format.YDpi);
        var coverage = bitmap.GetPixelSpan();
        int rowBytes = bitmap.RowBytes;
        for (int y = 0; y < page.Height; y++)
        {
            var row = coverage.Slice(y * rowBytes, page.Width);
            for (int x = 0; x < row.Length; x++)
            {
                if (row[x] >= Threshold)
                {
                    page.SetBlack(x, y);
                }
            }
        }

        return page;
    }

    public static SKPaint Ink() => new() { Color = SKColors.Black, IsAntialias = true };
}
