using System.Buffers;
using Groupus.Fax.Imaging;

namespace Groupus.FaxGateway.Tests.Imaging;

public class AllocationTests
{
    [Theory]
    [InlineData(FaxEncoding.Mh)]
    [InlineData(FaxEncoding.Mr)]
    [InlineData(FaxEncoding.Mmr)]
    public void Encoding_and_decoding_rows_allocates_nothing_per_row(FaxEncoding encoding)
    {
        var shortPage = TestPages.TextLike(seed: 90, height: 100);
        var longPage = TestPages.TextLike(seed: 90, height: 800);
        var output = new ArrayBufferWriter<byte>(1 << 20);
        var row = new byte[longPage.Stride];
        EncodeAndDecode(longPage, encoding, output, row);

        long shortBytes = Allocated(() => EncodeAndDecode(shortPage, encoding, output, row));
        long longBytes = Allocated(() => EncodeAndDecode(longPage, encoding, output, row));

        // Per-page objects (encoder, decoder, their reused buffers) cost the same for both pages.
        Assert.True(longBytes - shortBytes < 700, $"{shortBytes} bytes for 100 rows but {longBytes} for 800");
    }

    [Theory]
    [InlineData(true)]  // a TIFF strip: the height is known
    [InlineData(false)] // a received page: the height is not known, an A4 page at fine resolution
    public void Decoding_a_whole_page_allocates_its_pixels_once_without_growing(bool heightKnown)
    {
        var page = TestPages.TextLike(seed: 5, height: 2287, yResolution: 196);
        var data = FaxPageCodec.Encode(page, new FaxEncoderOptions { Encoding = FaxEncoding.Mr, K = 4 });
        var options = new FaxDecoderOptions
        {
            Encoding = FaxEncoding.Mr,
            MaximumRows = FaxDecoderOptions.MaximumReceivedRows(page.Width),
            ExpectedRows = heightKnown ? page.Height : null,
        };
        Assert.True(FaxPageCodec.Decode(data, options, FaxPageWidth.HorizontalDpi, 196).Page.PixelsEqual(page));

        long bytes = Allocated(() => FaxPageCodec.Decode(data, options, FaxPageWidth.HorizontalDpi, 196));

        // The page's pixels (with a little to spare when the height is a guess) and the decoder's own small buffers:
        // no buffer that was outgrown and copied.
        long pixels = (long)page.Stride * page.Height;
        Assert.InRange(bytes, pixels, (pixels * 105 / 100) + 20_000);
    }

    /// <summary>The least of a few runs: the runtime itself (tiered JIT, for one) may allocate on this thread once in a while.</summary>
    private static long Allocated(Action action)
    {
        var least = long.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            action();
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }

    private static void EncodeAndDecode(FaxPage page, FaxEncoding encoding, ArrayBufferWriter<byte> output, byte[] row)
    {
        output.Clear();
        var encoder = new FaxEncoder(output, new FaxEncoderOptions { Encoding = encoding, MinimumLineBits = 96 });
        for (int y = 0; y < page.Height; y++)
        {
            encoder.EncodeRow(page.GetRow(y));
        }

        encoder.Finish();
        var decoder = new FaxDecoder(output.WrittenMemory, new FaxDecoderOptions { Encoding = encoding });
        while (decoder.ReadRow(row) != FaxRowResult.EndOfPage)
        {
        }
    }
}
