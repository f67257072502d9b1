using SkiaSharp;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>Turns a decoded photo the way its EXIF orientation says the camera was held.</summary>
internal static class ExifOrientation
{
    public static bool SwapsSides(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    public static GrayImage Apply(GrayImage stored, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or 0)
        {
            return stored;
        }

        int w = stored.Width;
        int h = stored.Height;
        bool swap = SwapsSides(origin);
        var shown = new GrayImage(swap ? h : w, swap ? w : h, stored.XDpi, stored.YDpi);
        for (int y = 0; y < h; y++)
        {
            var row = stored.Row(y);
            for (int x = 0; x < w; x++)
            {
                // Where stored pixel (x, y) appears when the picture is shown upright.
                var (shownX, shownY) = origin switch
                {
                    SKEncodedOrigin.TopRight => (w - 1 - x, y),
                    SKEncodedOrigin.BottomRight => (w - 1 - x, h - 1 - y),
                    SKEncodedOrigin.BottomLeft => (x, h - 1 - y),
                    SKEncodedOrigin.LeftTop => (y, x),
                    SKEncodedOrigin.RightTop => (h - 1 - y, x),
                    SKEncodedOrigin.RightBottom => (h - 1 - y, w - 1 - x),
                    SKEncodedOrigin.LeftBottom => (y, w - 1 - x),
                    _ => (x, y),
                };
                shown.Pixels[(shownY * shown.Width) + shownX] = row[x];
            }
        }

        return shown;
    }
}
