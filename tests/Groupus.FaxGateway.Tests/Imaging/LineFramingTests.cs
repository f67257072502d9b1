using Groupus.Fax.Imaging;

namespace Groupus.FaxGateway.Tests.Imaging;

public class LineFramingTests
{
    [Theory]
    [InlineData(10, 9600, 96)]
    [InlineData(0, 14400, 0)]
    [InlineData(5, 14400, 72)]
    [InlineData(20, 4800, 96)]
    [InlineData(40, 2400, 96)]
    [InlineData(40, 14400, 576)]
    public void Minimum_line_bits_are_scan_line_time_times_bit_rate(int milliseconds, int bitRate, int expected) =>
        Assert.Equal(expected, FaxEncoderOptions.MinimumLineBitsFor(milliseconds, bitRate));

    [Theory]
    [InlineData(FaxEncoding.Mh, 96)]
    [InlineData(FaxEncoding.Mh, 576)]
    [InlineData(FaxEncoding.Mr, 96)]
    [InlineData(FaxEncoding.Mr, 192)]
    public void Every_encoded_line_takes_at_least_the_minimum_bits(FaxEncoding encoding, int minimumBits)
    {
        var page = TestPages.TextLike(seed: 21, height: 300);
        var options = new FaxEncoderOptions { Encoding = encoding, K = 4, MinimumLineBits = minimumBits };
        var bits = BitStrings.Of(FaxPageCodec.Encode(page, options));
        var eols = BitStrings.EolStarts(bits);

        Assert.Equal(page.Height + 6, eols.Count);
        for (int line = 0; line < page.Height; line++)
        {
            int length = eols[line + 1] - eols[line];
            Assert.True(length >= minimumBits, $"line {line} took {length} bits, minimum {minimumBits}");
        }
    }

    [Fact]
    public void Short_lines_are_filled_to_exactly_the_minimum()
    {
        var page = TestPages.AllWhite(height: 10);
        var options = FaxEncoderOptions.ForT30(FaxEncoding.Mh, page.Width, FaxVerticalResolution.Standard, 9600, 10);
        var bits = BitStrings.Of(FaxPageCodec.Encode(page, options), lsbFirst: true);
        var eols = BitStrings.EolStarts(bits);

        for (int line = 0; line < page.Height; line++)
        {
            Assert.Equal(96, eols[line + 1] - eols[line]);
        }
    }

    [Theory]
    [InlineData(FaxEncoding.Mh)]
    [InlineData(FaxEncoding.Mr)]
    public void Byte_aligned_EOLs_end_on_byte_boundaries(FaxEncoding encoding)
    {
        var page = TestPages.TextLike(seed: 4, height: 120);
        var bits = BitStrings.Of(FaxPageCodec.Encode(page, new FaxEncoderOptions { Encoding = encoding, ByteAlignEol = true }));
        var eols = BitStrings.EolStarts(bits);

        Assert.Equal(page.Height + 6, eols.Count);
        Assert.All(eols, start => Assert.Equal(0, (start + 12) % 8));
    }

    [Theory]
    [InlineData(FaxEncoding.Mh)]
    [InlineData(FaxEncoding.Mr)]
    public void Pages_for_TIFF_omit_RTC_and_still_decode(FaxEncoding encoding)
    {
        var page = TestPages.TextLike(seed: 6, height: 90);
        var data = FaxPageCodec.Encode(page, new FaxEncoderOptions { Encoding = encoding, WriteEndOfPage = false });

        Assert.Equal(page.Height, BitStrings.EolStarts(BitStrings.Of(data)).Count);
        var result = FaxPageCodec.Decode(data, new FaxDecoderOptions { Encoding = encoding });
        Assert.True(result.Page.PixelsEqual(page));
        Assert.False(result.Statistics.EndOfPageFound);
    }

    [Fact]
    public void Mmr_page_ends_with_EOFB_only_when_asked()
    {
        var page = TestPages.TextLike(seed: 7, height: 40);
        var with = BitStrings.Of(FaxPageCodec.Encode(page, new FaxEncoderOptions { Encoding = FaxEncoding.Mmr }));
        var without = BitStrings.Of(FaxPageCodec.Encode(page, new FaxEncoderOptions { Encoding = FaxEncoding.Mmr, WriteEndOfPage = false }));

        Assert.Equal(2, BitStrings.EolStarts(with).Count);
        Assert.Empty(BitStrings.EolStarts(without));
        Assert.EndsWith("000000000001000000000001", with.TrimEnd('0'), StringComparison.Ordinal);
    }

    [Fact]
    public void Mr_codes_one_1D_line_then_K_minus_1_2D_lines()
    {
        var page = TestPages.TextLike(seed: 9, height: 12);
        var bits = BitStrings.Of(FaxPageCodec.Encode(page, new FaxEncoderOptions { Encoding = FaxEncoding.Mr, K = 4 }));
        var tags = BitStrings.EolStarts(bits).Take(page.Height).Select(start => bits[start + 12]);

        Assert.Equal("100010001000", string.Concat(tags));
    }

    [Fact]
    public void Encoder_streams_rows_into_a_buffer_writer()
    {
        var page = TestPages.TextLike(seed: 10, height: 30);
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        var encoder = new FaxEncoder(output, new FaxEncoderOptions { Encoding = FaxEncoding.Mmr });
        for (int y = 0; y < page.Height; y++)
        {
            encoder.EncodeRow(page.GetRow(y));
        }

        encoder.Finish();

        Assert.Equal(page.Height, encoder.RowCount);
        Assert.Equal((encoder.BitCount + 7) / 8, output.WrittenCount);
        Assert.Equal(FaxPageCodec.Encode(page, new FaxEncoderOptions { Encoding = FaxEncoding.Mmr }), output.WrittenSpan.ToArray());
    }
}
