using Groupus.Fax.Imaging;
using Groupus.Fax.Modems.Lines;
using Groupus.Fax.T30.Calls;
using Groupus.Fax.T30;

namespace Groupus.Fax.Modems.Class2;

/// <summary>
/// Page images as Class 2 moves them: T.4 MH/MR in line bit order (LSB first, +FBO=0), with RTC and the
/// negotiated minimum scan-line fill.
/// </summary>
public static class Class2PageImage
{
    public static Resolution ResolutionOf(FaxPage page) => page.YResolution >= 150 ? Resolution.Fine : Resolution.Standard;

    public static int WidthCodeFor(int width) => width switch { 2048 => 1, 2432 => 2, _ => 0 };

    /// <summary>Codes <paramref name="page"/> for the session, dropping every other row when a fine page goes at normal resolution
    /// and cropping or padding to the negotiated width.</summary>
    public static byte[] Encode(FaxPage page, Class2SessionParameters session)
    {
        var fitted = Fit(page, session);
        var resolution = session.Resolution == Resolution.Fine ? FaxVerticalResolution.Fine : FaxVerticalResolution.Standard;
        var encoding = session.Coding == ImageCoding.MR ? FaxEncoding.Mr : FaxEncoding.Mh;
        var options = FaxEncoderOptions.ForT30(encoding, session.Width, resolution, session.BitRate, session.MinimumScanLineTimeMs);
        return FaxPageCodec.Encode(fitted, options);
    }

    public static FaxDecodeResult Decode(ReadOnlyMemory<byte> data, Class2SessionParameters session)
    {
        var resolution = session.Resolution == Resolution.Fine ? FaxVerticalResolution.Fine : FaxVerticalResolution.Standard;
        var options = new FaxDecoderOptions
        {
            Width = session.Width,
            Encoding = session.Coding == ImageCoding.MR ? FaxEncoding.Mr : FaxEncoding.Mh,
            FillOrder = FillOrder.LsbFirst,
            MaximumRows = FaxDecoderOptions.MaximumReceivedRows(session.Width),
        };
        return FaxPageCodec.Decode(data, options, FaxPageWidth.HorizontalDpi, (double)resolution);
    }

    public static FaxSessionParameters Describe(Class2SessionParameters session) =>
        new(session.Resolution, session.BitRate, session.Width, session.Coding, session.ErrorCorrection != 0, session.MinimumScanLineTimeMs);

    private static FaxPage Fit(FaxPage page, Class2SessionParameters session)
    {
        var halve = ResolutionOf(page) == Resolution.Fine && session.Resolution == Resolution.Standard;
        if (!halve && page.Width == session.Width)
        {
            return page;
        }

        var height = halve ? (page.Height + 1) / 2 : page.Height;
        var yResolution = halve ? (double)FaxVerticalResolution.Standard : page.YResolution;
        var fitted = new FaxPage(session.Width, height, FaxPageWidth.HorizontalDpi, yResolution);
        var copyBytes = Math.Min(fitted.Stride, page.Stride);
        for (var y = 0; y < height; y++)
        {
            var source = page.GetRow(halve ? y * 2 : y)[..copyBytes];
            var target = fitted.GetRow(y);
            source.CopyTo(target);
            var extraBits = copyBytes * 8 - session.Width;
            if (extraBits > 0)
            {
                target[copyBytes - 1] &= (byte)(0xFF << extraBits);
            }
        }

        return fitted;
    }
}
