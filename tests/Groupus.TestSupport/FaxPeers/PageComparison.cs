using Groupus.Fax.Imaging;

namespace Groupus.TestSupport.FaxPeers;

/// <summary>Pixel comparisons of a sent and a received page, optionally past a header band a peer put on top.</summary>
public static class PageComparison
{
    /// <summary>
    /// The rows of <paramref name="sent"/> that differ from <paramref name="received"/> read <paramref name="headerRows"/>
    /// rows lower (a peer that adds a header band above the page), plus any difference in height.
    /// </summary>
    public static IReadOnlyList<int> DifferingRows(FaxPage sent, FaxPage received, int headerRows = 0)
    {
        Assert.Equal(sent.Width, received.Width);
        var differing = new List<int>();
        for (var y = 0; y < sent.Height; y++)
        {
            if (y + headerRows >= received.Height || !sent.GetRow(y).SequenceEqual(received.GetRow(y + headerRows)))
            {
                differing.Add(y);
            }
        }

        return differing;
    }

    /// <summary>
    /// efax draws a header band at the top of each page it sends and shifts the page down a few rows. Finds the
    /// shift that matches most rows, then reports the rows that still differ outside the band.
    /// </summary>
    public static IReadOnlyList<int> DifferingRowsBelowBand(FaxPage sent, FaxPage received, int bandRows, out int shift)
    {
        shift = Enumerable.Range(0, 80).MaxBy(candidate => MatchingRows(sent, received, candidate));
        var differing = new List<int>();
        for (var y = 0; y < sent.Height; y++)
        {
            var receivedRow = y + shift;
            if (receivedRow >= bandRows && (receivedRow >= received.Height || !sent.GetRow(y).SequenceEqual(received.GetRow(receivedRow))))
            {
                differing.Add(y);
            }
        }

        return differing;
    }

    public static string Describe(FaxPage page) => $"{page.Width}×{page.Height} at {page.XResolution}×{page.YResolution} dpi";

    private static int MatchingRows(FaxPage sent, FaxPage received, int shift)
    {
        var matching = 0;
        for (var y = 0; y < sent.Height && y + shift < received.Height; y++)
        {
            if (sent.GetRow(y).SequenceEqual(received.GetRow(y + shift)))
            {
                matching++;
            }
        }

        return matching;
    }

    public static string Describe(IReadOnlyList<int> rows) =>
        rows.Count == 0 ? "none" : $"{rows.Count} (first {string.Join(", ", rows.Take(10))})";
}
