using Groupus.Fax.Imaging;
using Groupus.Fax.T30;

namespace Groupus.Fax.T30.Pages;

/// <summary>Translates between the T.30 parameters a DCS commands and the terms of the imaging codec.</summary>
public static class ImagingParameters
{
    public static FaxEncoding EncodingOf(ImageCoding coding) => coding switch
    {
        ImageCoding.MR => FaxEncoding.Mr,
        ImageCoding.MMR => FaxEncoding.Mmr,
        _ => FaxEncoding.Mh,
    };

    public static FaxVerticalResolution VerticalResolutionOf(Resolution resolution) => resolution switch
    {
        Resolution.Fine => FaxVerticalResolution.Fine,
        Resolution.Superfine => FaxVerticalResolution.Superfine,
        _ => FaxVerticalResolution.Standard,
    };

    public static int PixelsOf(PageWidth width) => width switch
    {
        PageWidth.B4 => FaxPageWidth.B4,
        PageWidth.A3 => FaxPageWidth.A3,
        _ => FaxPageWidth.A4,
    };

    /// <summary>The T.30 resolution nearest a page's vertical resolution in lines per inch.</summary>
    public static Resolution ResolutionOf(FaxPage page) => page.YResolution switch
    {
        >= 300 => Resolution.Superfine,
        >= 150 => Resolution.Fine,
        _ => Resolution.Standard,
    };

    /// <summary>The narrowest standard width that holds the page (A4 for anything up to 1728 pixels).</summary>
    public static PageWidth WidthOf(FaxPage page) => page.Width switch
    {
        > FaxPageWidth.B4 => PageWidth.A3,
        > FaxPageWidth.A4 => PageWidth.B4,
        _ => PageWidth.A4,
    };

    /// <summary>The encoder options for sending a page over a non-ECM Class 1 link under <paramref name="parameters"/>.</summary>
    public static FaxEncoderOptions EncoderOptionsFor(DigitalCommandSignal parameters) =>
        FaxEncoderOptions.ForT30(
            EncodingOf(parameters.Coding),
            PixelsOf(parameters.Width),
            VerticalResolutionOf(parameters.Resolution),
            parameters.Rate.BitRate,
            parameters.MinScanLineTimeMs);

    /// <summary>The decoder options for page data received from the modem (LSB first) under <paramref name="parameters"/>.</summary>
    public static FaxDecoderOptions DecoderOptionsFor(DigitalCommandSignal parameters) => new()
    {
        Width = PixelsOf(parameters.Width),
        Encoding = EncodingOf(parameters.Coding),
        FillOrder = FillOrder.LsbFirst,
        MaximumRows = FaxDecoderOptions.MaximumReceivedRows(PixelsOf(parameters.Width)),
    };
}
