using Groupus.FaxGateway.Imaging;

namespace Groupus.FaxGateway.Tests.RealPeers;

/// <summary>Pixel comparisons of a sent and a received page, optionally ignoring a header band a peer stamped on top.</summary>
internal static class PageComparison
{
    /// <summary>Rows of <paramref name="received"/> (from <paramref name="firstRow"/> on) that differ from the same rows of <paramref name="sent"/>.</summary>
    public static int DifferingRows(FaxPage sent, FaxPage received, int firstRow = 0)
    {
        Assert.Equal(sent.Width, received.Width);
        var rows = Math.Min(sent.Height, received.Height);
        var differing = 0;
        for (var y = firstRow; y < rows; y++)
        {
            if (!sent.GetRow(y).SequenceEqual(received.GetRow(y)))
            {
                differing++;
            }
        }

        return differing + Math.Abs(sent.Height - received.Height);
    }

    public static string Describe(FaxPage page) => $"{page.Width}×{page.Height} at {page.XResolution}×{page.YResolution} dpi";
}
