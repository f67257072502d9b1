using Groupus.Fax.Imaging;
using Groupus.Fax.T30.Pages;
using Groupus.Fax.T30;
using Groupus.FaxGateway.Tests.RealPeers;

namespace Groupus.FaxGateway.Tests.Class1;

/// <summary>The document-to-engine bridge: pages coded for the negotiated parameters, and received data decoded back.</summary>
public sealed class FaxPageSourceTests
{
    private static readonly DigitalCommandSignal StandardMh = new() { Rate = SignallingRate.V29_9600, Resolution = Resolution.Standard, Coding = ImageCoding.MH, MinScanLineTimeMs = 20 };

    [Theory]
    [InlineData(ImageCoding.MH)]
    [InlineData(ImageCoding.MR)]
    public void A_page_coded_for_the_negotiated_parameters_decodes_back_to_the_same_pixels(ImageCoding coding)
    {
        var page = TestDocuments.SparsePage();
        var parameters = StandardMh with { Coding = coding };

        var data = new FaxPageSource([page]).GetPageData(0, parameters);
        var decoded = ReceivedPageDecoder.Decode(data, parameters);

        Assert.True(decoded.Page.PixelsEqual(page));
        Assert.Equal(0, decoded.Statistics.BadRows);
        Assert.True(decoded.Statistics.EndOfPageFound);
    }

    [Fact]
    public void Every_coded_line_respects_the_minimum_scan_line_time_the_receiver_asked_for()
    {
        var page = new FaxPage(FaxPageWidth.A4, 50);
        var parameters = StandardMh with { MinScanLineTimeMs = 20 };

        var data = new FaxPageSource([page]).GetPageData(0, parameters);

        // 50 white lines of at least 20 ms at 9600 bit/s (192 bits each), plus RTC.
        Assert.True(data.Length * 8 >= 50 * 192, $"{data.Length} octets");
    }

    [Fact]
    public void A_fine_page_sent_at_standard_resolution_keeps_every_other_row()
    {
        var page = TestDocuments.SparsePage(FaxVerticalResolution.Fine);

        var decoded = ReceivedPageDecoder.Decode(new FaxPageSource([page]).GetPageData(0, StandardMh), StandardMh).Page;

        Assert.Equal(page.Height / 2, decoded.Height);
        for (var y = 0; y < decoded.Height; y++)
        {
            Assert.True(decoded.GetRow(y).SequenceEqual(page.GetRow(y * 2)), $"row {y}");
        }
    }

    [Fact]
    public void The_format_asked_for_follows_the_page_resolution()
    {
        var source = new FaxPageSource([TestDocuments.SparsePage(), TestDocuments.SparsePage(FaxVerticalResolution.Fine)]);

        Assert.Equal(Resolution.Standard, source.GetFormat(0).Resolution);
        Assert.Equal(Resolution.Fine, source.GetFormat(1).Resolution);
        Assert.Equal(PageWidth.A4, source.GetFormat(0).Width);
    }

    [Fact]
    public void Received_data_with_a_damaged_line_gives_the_copy_quality_T30_judges()
    {
        var page = TestDocuments.SparsePage();
        var data = new FaxPageSource([page]).GetPageData(0, StandardMh).ToArray();
        data[data.Length / 2] ^= 0x5A;

        var quality = ReceivedPageDecoder.Measure(data, StandardMh);

        Assert.InRange(quality.Rows, page.Height - 2, page.Height + 2);
        Assert.InRange(quality.BadRows, 1, 5);
    }
}
