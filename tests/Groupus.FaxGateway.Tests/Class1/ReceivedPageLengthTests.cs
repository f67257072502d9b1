using Groupus.Fax.Imaging;
using Groupus.Fax.T30.Pages;
using Groupus.Fax.T30;
using Groupus.FaxGateway.Tests.Imaging;

namespace Groupus.FaxGateway.Tests.Class1;

/// <summary>
/// The gateway advertises unlimited page length: a long received page is kept whole, and a page past the memory bound
/// is refused (RTN), never cut and confirmed.
/// </summary>
public sealed class ReceivedPageLengthTests
{
    private static readonly DigitalCommandSignal Standard = new() { Rate = SignallingRate.V17_14400, Resolution = Resolution.Standard, Coding = ImageCoding.MR };

    [Fact]
    public void What_the_receiver_advertises_is_unlimited_length()
    {
        var dis = DigitalIdentificationSignal.FromCapabilities(new T30Capabilities());

        Assert.Equal(PageLength.Unlimited, DigitalIdentificationSignal.Decode(dis.Encode()).MaxLength);
    }

    [Fact]
    public void A_standard_page_of_2500_rows_is_received_whole_and_confirmed()
    {
        var page = TestPages.TextLike(seed: 3, height: 2500, yResolution: 98);
        var data = FaxPageCodec.Encode(page, ImagingParameters.EncoderOptionsFor(Standard));

        var decoded = ReceivedPageDecoder.Decode(data, Standard);
        var quality = ReceivedPageDecoder.Measure(data, Standard);

        Assert.Equal(2500, decoded.Page.Height);
        Assert.True(decoded.Page.PixelsEqual(page));
        Assert.False(quality.Truncated);
        Assert.Equal(FacsimileControlField.MCF, new CopyQualityCriteria().Decide(quality, Resolution.Standard));
    }

    [Fact]
    public void A_page_longer_than_the_memory_bound_is_measured_as_cut_and_answered_RTN()
    {
        var rows = FaxDecoderOptions.MaximumReceivedRows(FaxPageWidth.A4) + 500;
        var data = FaxPageCodec.Encode(new FaxPage(FaxPageWidth.A4, rows, FaxPageWidth.HorizontalDpi, 98), ImagingParameters.EncoderOptionsFor(Standard));

        var quality = ReceivedPageDecoder.Measure(data, Standard);

        Assert.True(quality.Truncated);
        Assert.Equal(FaxDecoderOptions.MaximumReceivedRows(FaxPageWidth.A4), quality.Rows);
        Assert.Equal(FacsimileControlField.RTN, new CopyQualityCriteria().Decide(quality, Resolution.Standard));
    }

    [Fact]
    public void The_non_ECM_answerer_never_confirms_a_cut_page()
    {
        var line = T30.Fax.Line(T30.Fax.Document(1, Resolution.Standard));
        line.ImageQuality = _ => new PageQuality(FaxDecoderOptions.MaximumReceivedRows(FaxPageWidth.A4), 0, 0) { Truncated = true };
        line.Run();

        Assert.All(line.AnswererEnd.Result!.Pages, page => Assert.Equal(PageOutcome.Rejected, page.Outcome));
        Assert.DoesNotContain(line.CallerEnd.Result!.Pages, page => page.Accepted);
    }

    [Fact]
    public void The_ECM_answerer_ends_the_call_rather_than_confirm_a_cut_page()
    {
        var answerer = T30.Fax.AnswererOptions(T30.Fax.Ecm()) with
        {
            MeasureEcmPage = (_, _) => new PageQuality(FaxDecoderOptions.MaximumReceivedRows(FaxPageWidth.A4), 0, 0) { Truncated = true },
        };
        var line = T30.Fax.Line(T30.Fax.Document(1, length: 1000), T30.Fax.CallerOptions(T30.Fax.Ecm()), answerer);
        line.Run();

        var received = line.AnswererEnd.Result!;
        Assert.Contains("longer than", received.Detail, StringComparison.Ordinal);
        Assert.Equal(PageOutcome.Rejected, Assert.Single(received.Pages).Outcome);
        Assert.DoesNotContain(line.CallerEnd.Result!.Pages, page => page.Accepted);
    }
}
