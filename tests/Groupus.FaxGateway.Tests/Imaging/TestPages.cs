using Groupus.Fax.Imaging;

namespace Groupus.FaxGateway.Tests.Imaging;

/// <summary>Deterministic test pages.</summary>
internal static class TestPages
{
    public static FaxPage AllWhite(int width = FaxPageWidth.A4, int height = 64) => new(width, height);

    public static FaxPage AllBlack(int width = FaxPageWidth.A4, int height = 64)
    {
        var page = new FaxPage(width, height);
        for (int y = 0; y < height; y++)
        {
            ChangingElements.FillBlack(page.GetRow(y), 0, width);
        }

        return page;
    }

    public static FaxPage Checkerboard(int width = FaxPageWidth.A4, int height = 64, int cell = 1)
    {
        var page = new FaxPage(width, height);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                if (((x / cell) + (y / cell)) % 2 == 1)
                {
                    SetBlack(page, x, y);
                }
            }
        }

        return page;
    }

    public static FaxPage RandomNoise(int seed, int width = FaxPageWidth.A4, int height = 64, double blackFraction = 0.5)
    {
        var random = new Random(seed);
        var page = new FaxPage(width, height);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                if (random.NextDouble() < blackFraction)
                {
                    SetBlack(page, x, y);
                }
            }
        }

        return page;
    }

    /// <summary>A single black line across row <paramref name="height"/>/2, plus a one-pixel frame.</summary>
    public static FaxPage LineAndFrame(int width, int height = 32)
    {
        var page = new FaxPage(width, height);
        ChangingElements.FillBlack(page.GetRow(height / 2), 0, width);
        ChangingElements.FillBlack(page.GetRow(0), 0, width);
        ChangingElements.FillBlack(page.GetRow(height - 1), 0, width);
        for (int y = 0; y < height; y++)
        {
            SetBlack(page, 0, y);
            SetBlack(page, width - 1, y);
        }

        return page;
    }

    /// <summary>Margins, lines of "words" made of glyph-sized strokes and dots, a rule and a box: roughly what a letter looks like.</summary>
    public static FaxPage TextLike(int seed, int width = FaxPageWidth.A4, int height = 600, double yResolution = 196)
    {
        var random = new Random(seed);
        var page = new FaxPage(width, height, FaxPageWidth.HorizontalDpi, yResolution);
        int margin = width / 12;
        int lineHeight = 28;
        for (int top = 40; top + lineHeight < height - 60; top += lineHeight)
        {
            int x = margin + (random.Next(3) == 0 ? 40 : 0);
            int right = width - margin - random.Next(300);
            while (x < right)
            {
                int letters = random.Next(1, 9);
                for (int i = 0; i < letters && x + 14 < right; i++)
                {
                    DrawGlyph(page, random, x, top, 12, 18);
                    x += 15;
                }

                x += 12;
            }
        }

        FillRect(page, margin, height - 50, width - margin, height - 48);
        DrawBox(page, width - margin - 200, 8, width - margin, 30);
        return page;
    }

    public static void SetBlack(FaxPage page, int x, int y) => page.GetRow(y)[x >> 3] |= (byte)(0x80 >> (x & 7));

    private static void DrawGlyph(FaxPage page, Random random, int x, int top, int w, int h)
    {
        int strokes = random.Next(2, 5);
        for (int s = 0; s < strokes; s++)
        {
            switch (random.Next(4))
            {
                case 0: // vertical stem
                    int sx = x + random.Next(w - 2);
                    FillRect(page, sx, top + random.Next(4), sx + 2, top + h);
                    break;
                case 1: // horizontal bar
                    int sy = top + random.Next(h - 2);
                    FillRect(page, x + random.Next(3), sy, x + w - random.Next(3), sy + 2);
                    break;
                case 2: // diagonal
                    for (int i = 0; i < h; i++)
                    {
                        int px = x + (i * (w - 2) / h);
                        FillRect(page, px, top + i, px + 2, top + i + 1);
                    }

                    break;
                default: // dot
                    int dx = x + random.Next(w - 3);
                    int dy = top + random.Next(h - 3);
                    FillRect(page, dx, dy, dx + 3, dy + 3);
                    break;
            }
        }
    }

    private static void DrawBox(FaxPage page, int x0, int y0, int x1, int y1)
    {
        FillRect(page, x0, y0, x1, y0 + 2);
        FillRect(page, x0, y1 - 2, x1, y1);
        FillRect(page, x0, y0, x0 + 2, y1);
        FillRect(page, x1 - 2, y0, x1, y1);
    }

    private static void FillRect(FaxPage page, int x0, int y0, int x1, int y1)
    {
        x1 = Math.Min(x1, page.Width);
        y1 = Math.Min(y1, page.Height);
        for (int y = Math.Max(y0, 0); y < y1; y++)
        {
            ChangingElements.FillBlack(page.GetRow(y), Math.Max(x0, 0), x1);
        }
    }
}
