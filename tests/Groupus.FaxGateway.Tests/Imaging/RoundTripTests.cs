using Groupus.Fax.Imaging;

namespace Groupus.FaxGateway.Tests.Imaging;

public class RoundTripTests
{
    public static TheoryData<string> Codings => new(CodingNames);

    private static readonly string[] CodingNames =
    [
        "MH", "MR K=2", "MR K=4", "MMR", "MH LSB-first", "MR K=4 LSB-first", "MMR LSB-first",
        "MH byte-aligned EOL", "MR K=2 byte-aligned EOL", "MH 96-bit lines", "MR K=4 96-bit lines", "MH CCITT RLE",
    ];

    [Theory]
    [MemberData(nameof(Codings))]
    public void All_white_page_round_trips(string coding) => AssertRoundTrip(TestPages.AllWhite(), coding);

    [Theory]
    [MemberData(nameof(Codings))]
    public void All_black_page_round_trips(string coding) => AssertRoundTrip(TestPages.AllBlack(), coding);

    [Theory]
    [MemberData(nameof(Codings))]
    public void Checkerboard_pages_round_trip(string coding)
    {
        AssertRoundTrip(TestPages.Checkerboard(cell: 1), coding);
        AssertRoundTrip(TestPages.Checkerboard(cell: 7), coding);
    }

    [Theory]
    [MemberData(nameof(Codings))]
    public void Random_noise_page_round_trips_every_pixel(string coding)
    {
        AssertRoundTrip(TestPages.RandomNoise(seed: 11, height: 40), coding);
        AssertRoundTrip(TestPages.RandomNoise(seed: 12, height: 40, blackFraction: 0.05), coding);
        AssertRoundTrip(TestPages.RandomNoise(seed: 13, height: 40, blackFraction: 0.95), coding);
    }

    [Theory]
    [MemberData(nameof(Codings))]
    public void Text_like_page_round_trips(string coding) => AssertRoundTrip(TestPages.TextLike(seed: 5), coding);

    [Theory]
    [InlineData(FaxPageWidth.A4)]
    [InlineData(FaxPageWidth.B4)]
    [InlineData(FaxPageWidth.A3)]
    [InlineData(1)]
    [InlineData(13)]
    [InlineData(5000)]
    public void Line_and_frame_round_trip_at_each_width(int width)
    {
        foreach (var coding in CodingNames)
        {
            AssertRoundTrip(TestPages.LineAndFrame(width), coding);
            AssertRoundTrip(TestPages.RandomNoise(seed: width, width: width, height: 6), coding);
        }
    }

    [Fact]
    public void Mh_round_trip_preserves_every_pixel_of_a_random_page() =>
        AssertRoundTrip(TestPages.RandomNoise(seed: 99, height: 300), "MH");

    [Fact]
    public void Decoder_yields_rows_one_at_a_time_and_then_end_of_page()
    {
        var page = TestPages.TextLike(seed: 8, height: 50);
        var data = FaxPageCodec.Encode(page, Encoder("MR K=4"));
        var decoder = new FaxDecoder(data, Decoder("MR K=4", page.Width));
        var row = new byte[page.Stride];
        for (int y = 0; y < page.Height; y++)
        {
            Assert.Equal(FaxRowResult.Good, decoder.ReadRow(row));
            Assert.True(row.AsSpan().SequenceEqual(page.GetRow(y)), $"row {y}");
        }

        Assert.Equal(FaxRowResult.EndOfPage, decoder.ReadRow(row));
        Assert.Equal(FaxRowResult.EndOfPage, decoder.ReadRow(row));
        Assert.Equal(new FaxDecodeStatistics(page.Height, 0, 0, EndOfPageFound: true, Truncated: false), decoder.Statistics);
    }

    internal static void AssertRoundTrip(FaxPage page, string coding)
    {
        var data = FaxPageCodec.Encode(page, Encoder(coding));
        var result = FaxPageCodec.Decode(data, Decoder(coding, page.Width));
        Assert.Equal(0, result.Statistics.BadRows);
        Assert.Equal(page.Height, result.Page.Height);
        Assert.True(result.Page.PixelsEqual(page), $"{coding}: pixels differ");
        Assert.Equal(!coding.Contains("RLE", StringComparison.Ordinal), result.Statistics.EndOfPageFound);
    }

    internal static FaxEncoderOptions Encoder(string coding) => new()
    {
        Encoding = EncodingOf(coding),
        K = coding.Contains("K=4", StringComparison.Ordinal) ? 4 : 2,
        FillOrder = coding.Contains("LSB", StringComparison.Ordinal) ? FillOrder.LsbFirst : FillOrder.MsbFirst,
        ByteAlignEol = coding.Contains("byte-aligned", StringComparison.Ordinal),
        MinimumLineBits = coding.Contains("96-bit", StringComparison.Ordinal) ? 96 : 0,
        ByteAlignedRowsWithoutEol = coding.Contains("RLE", StringComparison.Ordinal),
    };

    internal static FaxDecoderOptions Decoder(string coding, int width) => new()
    {
        Width = width,
        Encoding = EncodingOf(coding),
        FillOrder = coding.Contains("LSB", StringComparison.Ordinal) ? FillOrder.LsbFirst : FillOrder.MsbFirst,
        ByteAlignedRowsWithoutEol = coding.Contains("RLE", StringComparison.Ordinal),
    };

    private static FaxEncoding EncodingOf(string coding) =>
        coding.StartsWith("MMR", StringComparison.Ordinal) ? FaxEncoding.Mmr
        : coding.StartsWith("MR", StringComparison.Ordinal) ? FaxEncoding.Mr
        : FaxEncoding.Mh;
}
