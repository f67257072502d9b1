using Groupus.Fax.Imaging;

namespace Groupus.FaxGateway.Tests.RealPeers;

/// <summary>Pages for real-peer calls: a sparse A4 page (quick to send) and a dense one.</summary>
internal static class TestDocuments
{
    /// <summary>A4 at 204 × 98 dpi (1728 × 1143): a frame, a few bars and a diagonal; mostly white.</summary>
    public static FaxPage SparsePage(FaxVerticalResolution resolution = FaxVerticalResolution.Standard) =>
        Sparse(resolution == FaxVerticalResolution.Standard ? 1143 : 2286, resolution);

    /// <summary>The same drawing on a third of the height (1728 × 400 standard): for calls whose page time does not matter.</summary>
    public static FaxPage ShortPage() => Sparse(400, FaxVerticalResolution.Standard);

    /// <summary>The same drawing on 2,600 rows at standard resolution (about 675 mm): longer than A4, B4 and legal.</summary>
    public static FaxPage LongPage() => Sparse(2600, FaxVerticalResolution.Standard);

    private static FaxPage Sparse(int height, FaxVerticalResolution resolution)
    {
        var page = new FaxPage(FaxPageWidth.A4, height, FaxPageWidth.HorizontalDpi, (double)resolution);
        Fill(page, 100, 60, 1628, 64);
        Fill(page, 100, height - 64, 1628, height - 60);
        Fill(page, 100, 60, 104, height - 60);
        Fill(page, 1624, 60, 1628, height - 60);
        for (var bar = 0; bar < 12; bar++)
        {
            var top = 200 + (bar * (height / 16));
            Fill(page, 200, top, 200 + (bar * 100) + 150, top + 8);
        }

        for (var y = 120; y < height - 120; y++)
        {
            var x = 300 + (int)((long)(y - 120) * 1100 / (height - 240));
            Fill(page, x, y, x + 3, y + 1);
        }

        return page;
    }

    /// <summary>A4 fine (1728 × 2286) with a random texture in a block of 400 rows × 800 pixels: about 40 s at 14400 bit/s.</summary>
    public static FaxPage DensePage(int seed)
    {
        var page = SparsePage(FaxVerticalResolution.Fine);
        var random = new Random(seed);
        for (var y = 300; y < 700; y++)
        {
            random.NextBytes(page.GetRow(y)[20..120]);
        }

        return page;
    }

    private static void Fill(FaxPage page, int left, int top, int right, int bottom)
    {
        for (var y = Math.Max(0, top); y < Math.Min(page.Height, bottom); y++)
        {
            var row = page.GetRow(y);
            for (var x = Math.Max(0, left); x < Math.Min(page.Width, right); x++)
            {
                row[x >> 3] |= (byte)(0x80 >> (x & 7));
            }
        }
    }
}
