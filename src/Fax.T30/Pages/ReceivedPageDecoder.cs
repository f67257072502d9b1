using Groupus.Fax.Imaging;
using Groupus.Fax.T30;

namespace Groupus.Fax.T30.Pages;

/// <summary>Turns non-ECM page data received from a modem into a page and the copy-quality figures T.30 judges it by.</summary>
public static class ReceivedPageDecoder
{
    public static FaxDecodeResult Decode(ReadOnlyMemory<byte> data, DigitalCommandSignal parameters) =>
        FaxPageCodec.Decode(
            data,
            ImagingParameters.DecoderOptionsFor(parameters),
            FaxPageWidth.HorizontalDpi,
            (double)ImagingParameters.VerticalResolutionOf(parameters.Resolution));

    public static PageQuality Measure(ReadOnlyMemory<byte> data, DigitalCommandSignal parameters)
    {
        var statistics = Decode(data, parameters).Statistics;
        return new PageQuality(statistics.TotalRows, statistics.BadRows, statistics.LongestBadRun) { Truncated = statistics.Truncated };
    }
}
