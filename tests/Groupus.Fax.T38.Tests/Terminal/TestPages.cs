using Groupus.Fax.Imaging;

namespace Groupus.Fax.T38.Tests.Terminal;

/// <summary>Deterministic A4-wide pages with text-like bars and blocks, different on every page.</summary>
public static class TestPages
{
    public static IReadOnlyList<FaxPage> Make(int count, bool fine, int rows = 480) =>
        [.. Enumerable.Range(0, count).Select(index => Make(index, fine ? (double)FaxVerticalResolution.Fine : (double)FaxVerticalResolution.Standard, rows))];

    private static FaxPage Make(int index, double yResolution, int rows)
    {
        var page = new FaxPage(1728, rows, FaxPageWidth.HorizontalDpi, yResolution);
        var random = new Random(1000 + index);
        for (var y = 8; y < rows - 8; y += 12)
        {
            var x = 40 + random.Next(40);
            while (x < 1680)
            {
                var word = 8 + random.Next(90);
                var height = 4 + random.Next(6);
                for (var dy = 0; dy < height && y + dy < rows; dy++)
                {
                    var row = page.GetRow(y + dy);
                    for (var dx = 0; dx < word && x + dx < 1728; dx += 1 + random.Next(3))
                    {
                        row[(x + dx) >> 3] |= (byte)(0x80 >> ((x + dx) & 7));
                    }
                }

                x += word + 6 + random.Next(20);
            }
        }

        return page;
    }
}
