using System.Buffers;

namespace Groupus.Fax.Imaging;

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
    /// <remarks>
    /// The pixel buffer is allocated once, at the page's height when the options give it (<see cref="FaxDecoderOptions.ExpectedRows"/>)
    /// and otherwise at the length of an A4 page at <paramref name="yResolution"/> (a little more); only a longer page makes
    /// it grow. To decode many pages without allocating, use <see cref="FaxDecoder.ReadPage"/> with a reused decoder
    /// (<see cref="FaxDecoder.Reset"/>) and buffer.
    /// </remarks>
    public static FaxDecodeResult Decode(
        ReadOnlyMemory<byte> data,
        FaxDecoderOptions options,
        double xResolution = FaxPageWidth.HorizontalDpi,
        double yResolution = (double)FaxVerticalResolution.Standard)
    {
        ArgumentNullException.ThrowIfNull(options);
        var decoder = new FaxDecoder(data, options);
        int stride = (options.Width + 7) / 8;
        int limit = options.ExpectedRows is int expected ? Math.Min(expected, options.MaximumRows) : options.MaximumRows;
        int capacityRows = options.ExpectedRows is null ? Math.Min(A4Rows(yResolution), limit) : limit;
        var pixels = new byte[(long)capacityRows * stride];
        int rows = decoder.ReadPage(pixels);
        Span<byte> next = stride <= 1024 ? stackalloc byte[stride] : new byte[stride];
        while (rows == capacityRows)
        {
            // The buffer is full: one more row says whether the page goes on (at the row limit, it settles the
            // statistics: whether data was left over).
            if (decoder.ReadRow(next) == FaxRowResult.EndOfPage)
            {
                break;
            }

            capacityRows = (int)Math.Min((long)capacityRows * 2, limit);
            Array.Resize(ref pixels, capacityRows * stride);
            next.CopyTo(pixels.AsSpan(rows * stride));
            rows++;
            rows += decoder.ReadPage(pixels.AsSpan(rows * stride));
        }

        var page = new FaxPage(options.Width, rows, xResolution, yResolution, pixels);
        return new FaxDecodeResult(page, decoder.Statistics);
    }

    // Rows of an A4 page (297 mm) at the resolution, with 3 % to spare: the height to expect of a page whose height
    // nothing states.
    private static int A4Rows(double yResolution)
    {
        double rows = Math.Clamp(yResolution, 1, 1200) * (297 / 25.4) * 1.03;
        return Math.Max(1, (int)Math.Ceiling(rows));
    }
}
