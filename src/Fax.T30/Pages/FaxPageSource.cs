using Groupus.Fax.Imaging;
using Groupus.Fax.T30;

namespace Groupus.Fax.T30.Pages;

/// <summary>
/// Pages to send, coded on demand for the parameters the session negotiated: coding, width, resolution, minimum scan
/// line time, LSB first as the modem wire needs. A page is fitted to the negotiated format first (see <see cref="PageFitting"/>).
/// </summary>
public sealed class FaxPageSource(IReadOnlyList<FaxPage> pages) : IPageSource
{
    public int PageCount => pages.Count;

    public PageFormat GetFormat(int pageIndex)
    {
        var page = pages[pageIndex];
        return new PageFormat(ImagingParameters.ResolutionOf(page), ImagingParameters.WidthOf(page), PageLength.Unlimited);
    }

    public ReadOnlyMemory<byte> GetPageData(int pageIndex, DigitalCommandSignal parameters)
    {
        var fitted = PageFitting.Fit(
            pages[pageIndex],
            ImagingParameters.PixelsOf(parameters.Width),
            (double)ImagingParameters.VerticalResolutionOf(parameters.Resolution));
        return FaxPageCodec.Encode(fitted, ImagingParameters.EncoderOptionsFor(parameters));
    }
}
