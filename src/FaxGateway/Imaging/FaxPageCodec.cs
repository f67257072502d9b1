using System.Buffers;

namespace Groupus.FaxGateway.Imaging;

/// <summary>Whole-page helpers over <see cref="FaxEncoder"/> and <see cref="FaxDecoder"/>.</summary>
public static class FaxPageCodec
{
    /// <summary>Encodes every row of <paramref name="page"/>; the options' width is taken from the page.</summary>
    public static byte[] Encode(FaxPage page, FaxEncoderOptions options)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(options);
        var output = new ArrayBufferWriter<byte>(Math.Max(256, page.Height * 16));
        Encode(page, options, output);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>Encodes every row of <paramref name="page"/> into <paramref name="output"/>, ending with Finish.</summary>
    public static void Encode(FaxPage page, FaxEncoderOptions options, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(options);
        var encoder = new FaxEncoder(output, options with { Width = page.Width });
        for (int y = 0; y < page.Height; y++)
        {
            encoder.EncodeRow(page.GetRow(y));
        }

        encoder.Finish();
    }

    /// <summary>Decodes a whole page. Never throws on corrupt data; see the statistics.</summary>
    public static FaxDecodeResult Decode(
        ReadOnlyMemory<byte> data,
        FaxDecoderOptions options,
        double xResolution = FaxPageWidth.HorizontalDpi,
        double yResolution = (double)FaxVerticalResolution.Standard)
    {
        ArgumentNullException.ThrowIfNull(options);
        var decoder = new FaxDecoder(data, options);
        int stride = (options.Width + 7) / 8;
        int capacityRows = Math.Clamp(options.ExpectedRows ?? 1200, 1, Math.Max(1, options.MaximumRows));
        var pixels = new byte[capacityRows * stride];
        int rows = 0;
        while (true)
        {
            if ((rows + 1) * stride > pixels.Length)
            {
                // Grow by doubling, but never past the row limit (and the one row read to find the end).
                Array.Resize(ref pixels, (int)Math.Min((long)pixels.Length * 2, ((long)options.MaximumRows + 1) * stride));
            }

            if (decoder.ReadRow(pixels.AsSpan(rows * stride, stride)) == FaxRowResult.EndOfPage)
            {
                break;
            }

            rows++;
        }

        var page = new FaxPage(options.Width, rows, xResolution, yResolution, pixels);
        return new FaxDecodeResult(page, decoder.Statistics);
    }
}
