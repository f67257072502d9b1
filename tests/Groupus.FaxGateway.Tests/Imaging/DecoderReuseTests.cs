using Groupus.Fax.Imaging;

namespace Groupus.FaxGateway.Tests.Imaging;

/// <summary>A decoder reused through <see cref="FaxDecoder.Reset"/> keeps its buffers but nothing of the page before.</summary>
public class DecoderReuseTests
{
    [Theory]
    [InlineData(FaxEncoding.Mh)]
    [InlineData(FaxEncoding.Mr)]
    [InlineData(FaxEncoding.Mmr)]
    public void A_shorter_page_after_a_longer_one_decodes_as_with_a_new_decoder(FaxEncoding encoding)
    {
        // The first page's data is cut short: it ends with bad (substituted) rows.
        var first = TestPages.AllBlack(height: 300);
        var firstData = Encode(first, encoding);
        var decoder = new FaxDecoder(firstData.AsMemory(0, firstData.Length / 2), Options(encoding, first));
        var pixels = new byte[first.Stride * first.Height];
        Assert.Equal(first.Height, decoder.ReadPage(pixels));
        Assert.True(decoder.Statistics.BadRows > 0);
        var second = TestPages.TextLike(seed: 7, height: 120);

        var sentinel = pixels.AsSpan(second.Stride * second.Height).ToArray();
        decoder.Reset(Encode(second, encoding), Options(encoding, second));
        int rows = decoder.ReadPage(pixels);

        Assert.Equal(second.Height, rows);
        Assert.True(Page(pixels, second).PixelsEqual(second));
        Assert.Equal(Fresh(Encode(second, encoding), Options(encoding, second)), decoder.Statistics);
        Assert.True(pixels.AsSpan(second.Stride * second.Height).SequenceEqual(sentinel), "rows past the page were written");
    }

    [Theory]
    [InlineData(FaxEncoding.Mh)]
    [InlineData(FaxEncoding.Mr)]
    [InlineData(FaxEncoding.Mmr)]
    public void Rows_missing_from_the_next_page_are_white_not_the_last_row_of_the_page_before(FaxEncoding encoding)
    {
        var first = TestPages.AllBlack(height: 40);
        var decoder = new FaxDecoder(Encode(first, encoding), Options(encoding, first));
        var pixels = new byte[first.Stride * first.Height];
        decoder.ReadPage(pixels);

        // The next page's data ends before any row: all of its expected rows are substitutes.
        decoder.Reset(ReadOnlyMemory<byte>.Empty, Options(encoding, first));
        Assert.Equal(first.Height, decoder.ReadPage(pixels));

        Assert.All(pixels, b => Assert.Equal(0, b));
        Assert.Equal(first.Height, decoder.Statistics.BadRows);
    }

    [Fact]
    public void The_first_two_dimensional_row_of_the_next_page_refers_to_a_white_row_not_the_last_row_before()
    {
        // MMR's first row is coded against an imaginary white row: decoded against the previous page's last row (black),
        // V0 codes would come out black.
        var first = TestPages.AllBlack(height: 10);
        var second = TestPages.LineAndFrame(FaxPageWidth.A4, height: 30);
        var decoder = new FaxDecoder(Encode(first, FaxEncoding.Mmr), Options(FaxEncoding.Mmr, first));
        var pixels = new byte[second.Stride * second.Height];
        decoder.ReadPage(pixels);

        decoder.Reset(Encode(second, FaxEncoding.Mmr), Options(FaxEncoding.Mmr, second));

        Assert.Equal(second.Height, decoder.ReadPage(pixels));
        Assert.True(Page(pixels, second).PixelsEqual(second));
    }

    [Theory]
    [InlineData(FaxPageWidth.B4, FaxPageWidth.A4)]
    [InlineData(FaxPageWidth.A4, FaxPageWidth.A3)]
    [InlineData(1721, FaxPageWidth.A4)] // the same bytes per row, but room for more changes needed
    public void A_page_of_another_width_decodes_after_a_reset(int firstWidth, int secondWidth)
    {
        var first = TestPages.RandomNoise(seed: 3, width: firstWidth, height: 50, blackFraction: 0.3);
        var second = TestPages.Checkerboard(width: secondWidth, height: 50);
        var decoder = new FaxDecoder(Encode(first, FaxEncoding.Mr), Options(FaxEncoding.Mr, first));
        var pixels = new byte[Math.Max(first.Stride, second.Stride) * 50];
        Assert.Equal(50, decoder.ReadPage(pixels));

        decoder.Reset(Encode(second, FaxEncoding.Mr), Options(FaxEncoding.Mr, second));

        Assert.Equal(50, decoder.ReadPage(pixels));
        Assert.True(Page(pixels, second).PixelsEqual(second));
    }

    [Fact]
    public void A_full_buffer_leaves_the_rest_of_the_page_to_the_next_call()
    {
        var page = TestPages.TextLike(seed: 11, height: 90);
        var decoder = new FaxDecoder(Encode(page, FaxEncoding.Mr), Options(FaxEncoding.Mr, page));
        var pixels = new byte[page.Stride * page.Height];

        int firstPart = decoder.ReadPage(pixels.AsSpan(0, page.Stride * 40));
        int rest = decoder.ReadPage(pixels.AsSpan(page.Stride * 40));

        Assert.Equal((40, 50), (firstPart, rest));
        Assert.True(Page(pixels, page).PixelsEqual(page));
    }

    private static FaxDecodeStatistics Fresh(byte[] data, FaxDecoderOptions options)
    {
        var decoder = new FaxDecoder(data, options);
        var row = new byte[(options.Width + 7) / 8];
        while (decoder.ReadRow(row) != FaxRowResult.EndOfPage)
        {
        }

        return decoder.Statistics;
    }

    private static byte[] Encode(FaxPage page, FaxEncoding encoding) =>
        FaxPageCodec.Encode(page, new FaxEncoderOptions { Encoding = encoding, K = 4 });

    private static FaxDecoderOptions Options(FaxEncoding encoding, FaxPage page) => new()
    {
        Width = page.Width,
        Encoding = encoding,
        MaximumRows = page.Height,
        ExpectedRows = page.Height,
    };

    private static FaxPage Page(byte[] pixels, FaxPage like)
    {
        var page = new FaxPage(like.Width, like.Height, like.XResolution, like.YResolution);
        for (int y = 0; y < like.Height; y++)
        {
            pixels.AsSpan(y * like.Stride, like.Stride).CopyTo(page.GetRow(y));
        }

        return page;
    }
}
