using Groupus.Fax.Imaging;

namespace Groupus.FaxGateway.Tests.Imaging;

public class CorruptionTests
{
    [Theory]
    [InlineData(FaxEncoding.Mh, 1)]
    [InlineData(FaxEncoding.Mh, 2)]
    [InlineData(FaxEncoding.Mr, 1)]
    [InlineData(FaxEncoding.Mr, 2)]
    public void Flipped_bits_mid_page_give_right_height_and_bad_rows_without_throwing(FaxEncoding encoding, int seed)
    {
        var page = TestPages.TextLike(seed: 30 + seed, height: 400);
        var data = FaxPageCodec.Encode(page, new FaxEncoderOptions { Encoding = encoding, K = 4 });
        var eols = BitStrings.EolStarts(BitStrings.Of(data));
        var random = new Random(seed);
        var corruptedLines = new SortedSet<int>();
        while (corruptedLines.Count < 5)
        {
            int line = random.Next(150, 250);
            int first = eols[line] + 16;
            int last = eols[line + 1] - 16;
            if (last <= first)
            {
                continue;
            }

            // Flip a bit well inside the line's codes, away from any EOL.
            int bit = random.Next(first, last);
            data[bit / 8] ^= (byte)(0x80 >> (bit % 8));
            corruptedLines.Add(line);
        }

        var result = FaxPageCodec.Decode(data, new FaxDecoderOptions { Encoding = encoding });

        Assert.Equal(page.Height, result.Page.Height);
        Assert.InRange(result.Statistics.BadRows, 1, page.Height);
        Assert.True(result.Statistics.LongestBadRun >= 1);
        Assert.True(result.Statistics.EndOfPageFound);
        for (int y = 0; y < 150; y++)
        {
            Assert.True(result.Page.GetRow(y).SequenceEqual(page.GetRow(y)), $"row {y} before the damage");
        }
    }

    [Fact]
    public void Corrupt_line_is_replaced_by_the_previous_good_row()
    {
        var page = TestPages.TextLike(seed: 40, height: 200);
        var data = FaxPageCodec.Encode(page, new FaxEncoderOptions());
        var eols = BitStrings.EolStarts(BitStrings.Of(data));
        int line = 100;

        // Overwrite the line's first code with 0x0000001 patterns that are no code at all.
        int bit = eols[line] + 12;
        for (int i = 0; i < 10; i++)
        {
            SetBit(data, bit + i, i == 9);
        }

        var result = FaxPageCodec.Decode(data, new FaxDecoderOptions());

        Assert.Equal(new FaxDecodeStatistics(200, 1, 1, true, false), result.Statistics);
        Assert.True(result.Page.GetRow(line).SequenceEqual(page.GetRow(line - 1)));
        Assert.True(result.Page.GetRow(line + 1).SequenceEqual(page.GetRow(line + 1)));
    }

    [Fact]
    public void Line_of_the_wrong_length_counts_as_bad()
    {
        // Byte-aligned EOLs make every line a whole number of bytes, so a line coded at another width can be spliced in.
        var page = TestPages.TextLike(seed: 41, height: 20);
        var narrow = TestPages.TextLike(seed: 42, width: 1600, height: 1);
        var options = new FaxEncoderOptions { ByteAlignEol = true };
        var pageData = FaxPageCodec.Encode(page, options);
        var narrowData = FaxPageCodec.Encode(narrow, options with { Width = narrow.Width });
        var pageEolEnds = BitStrings.EolStarts(BitStrings.Of(pageData)).Select(s => (s + 12) / 8).ToArray();
        var narrowEolEnds = BitStrings.EolStarts(BitStrings.Of(narrowData)).Select(s => (s + 12) / 8).ToArray();

        var spliced = pageData[..pageEolEnds[10]]
            .Concat(narrowData[narrowEolEnds[0]..narrowEolEnds[1]])
            .Concat(pageData[pageEolEnds[11]..])
            .ToArray();
        var result = FaxPageCodec.Decode(spliced, new FaxDecoderOptions());

        Assert.Equal(new FaxDecodeStatistics(20, 1, 1, true, false), result.Statistics);
        Assert.True(result.Page.GetRow(10).SequenceEqual(page.GetRow(9)));
    }

    [Fact]
    public void Mr_counts_2D_lines_after_a_corrupt_line_as_bad_until_the_next_1D_line()
    {
        var page = TestPages.TextLike(seed: 43, height: 160);
        var data = FaxPageCodec.Encode(page, new FaxEncoderOptions { Encoding = FaxEncoding.Mr, K = 4 });
        var eols = BitStrings.EolStarts(BitStrings.Of(data));

        // Damage the second line of a K=4 group (a 2D line long enough to hold the damage): it and the
        // two 2D lines after it are bad, and the group's next 1D line is good again.
        int line = Enumerable.Range(0, 38).Select(group => (group * 4) + 1).First(l => eols[l + 1] - eols[l] > 40);
        int bit = eols[line] + 13;
        for (int i = 0; i < 10; i++)
        {
            SetBit(data, bit + i, i == 9);
        }

        var result = FaxPageCodec.Decode(data, new FaxDecoderOptions { Encoding = FaxEncoding.Mr });

        Assert.Equal(new FaxDecodeStatistics(160, 3, 3, true, false), result.Statistics);
        for (int y = line + 3; y < 160; y++)
        {
            Assert.True(result.Page.GetRow(y).SequenceEqual(page.GetRow(y)), $"row {y}");
        }
    }

    [Fact]
    public void Mmr_error_loses_the_rest_of_the_page_but_keeps_the_expected_height()
    {
        var page = TestPages.TextLike(seed: 44, height: 300);
        var data = FaxPageCodec.Encode(page, new FaxEncoderOptions { Encoding = FaxEncoding.Mmr });
        for (int i = data.Length / 2; i < (data.Length / 2) + 4; i++)
        {
            data[i] = 0x02;
        }

        var result = FaxPageCodec.Decode(data, new FaxDecoderOptions { Encoding = FaxEncoding.Mmr, ExpectedRows = page.Height });

        Assert.Equal(page.Height, result.Page.Height);
        Assert.True(result.Statistics.BadRows > 0);
        Assert.Equal(result.Statistics.BadRows, result.Statistics.LongestBadRun);
    }

    [Theory]
    [InlineData(FaxEncoding.Mh)]
    [InlineData(FaxEncoding.Mr)]
    [InlineData(FaxEncoding.Mmr)]
    public void Garbage_never_throws_and_stays_within_the_row_limit(FaxEncoding encoding)
    {
        var random = new Random(50);
        foreach (int length in new[] { 0, 1, 2, 7, 100, 5000, 60000 })
        {
            for (int trial = 0; trial < 5; trial++)
            {
                var data = new byte[length];
                random.NextBytes(data);
                if (trial == 1)
                {
                    data.AsSpan().Fill(0xFF);
                }
                else if (trial == 2)
                {
                    data.AsSpan().Fill(0x00);
                }
                else if (trial == 3)
                {
                    // Mostly EOLs with noise between them.
                    for (int i = 0; i + 3 < length; i += 5)
                    {
                        data[i] = 0x00;
                        data[i + 1] = 0x10;
                    }
                }

                foreach (var fillOrder in new[] { FillOrder.MsbFirst, FillOrder.LsbFirst })
                {
                    var result = FaxPageCodec.Decode(data, new FaxDecoderOptions { Encoding = encoding, FillOrder = fillOrder, MaximumRows = 500 });
                    Assert.InRange(result.Page.Height, 0, 500);
                    Assert.InRange(result.Statistics.BadRows, 0, result.Statistics.TotalRows);
                    Assert.Equal(result.Page.Height, result.Statistics.TotalRows);
                }
            }
        }
    }

    [Theory]
    [InlineData(FaxEncoding.Mh)]
    [InlineData(FaxEncoding.Mr)]
    [InlineData(FaxEncoding.Mmr)]
    public void Truncated_page_decodes_what_arrived(FaxEncoding encoding)
    {
        var page = TestPages.TextLike(seed: 45, height: 200);
        var data = FaxPageCodec.Encode(page, new FaxEncoderOptions { Encoding = encoding });
        var result = FaxPageCodec.Decode(data.AsMemory(0, data.Length / 2), new FaxDecoderOptions { Encoding = encoding });

        Assert.InRange(result.Page.Height, 1, page.Height - 1);
        Assert.InRange(result.Statistics.BadRows, 0, 1);
        Assert.False(result.Statistics.EndOfPageFound);
        for (int y = 0; y < result.Page.Height - result.Statistics.BadRows; y++)
        {
            Assert.True(result.Page.GetRow(y).SequenceEqual(page.GetRow(y)), $"row {y}");
        }
    }

    [Fact]
    public void Page_longer_than_the_maximum_is_cut_and_reported_truncated()
    {
        var page = TestPages.TextLike(seed: 46, height: 100);
        var data = FaxPageCodec.Encode(page, new FaxEncoderOptions());

        var cut = FaxPageCodec.Decode(data, new FaxDecoderOptions { MaximumRows = 40 });
        var exact = FaxPageCodec.Decode(data, new FaxDecoderOptions { MaximumRows = 100 });

        Assert.Equal((40, true), (cut.Page.Height, cut.Statistics.Truncated));
        Assert.Equal((100, false), (exact.Page.Height, exact.Statistics.Truncated));
    }

    [Theory]
    [InlineData(FaxEncoding.Mh)]
    [InlineData(FaxEncoding.Mr)]
    public void Noise_before_the_first_EOL_is_skipped_without_a_bad_row(FaxEncoding encoding)
    {
        var page = TestPages.TextLike(seed: 47, height: 120);
        var data = FaxPageCodec.Encode(page, new FaxEncoderOptions { Encoding = encoding });
        byte[] noise = [0xAA, 0x5B, 0xFF, 0x13, 0xC7];

        var result = FaxPageCodec.Decode(noise.Concat(data).ToArray(), new FaxDecoderOptions { Encoding = encoding });

        Assert.Equal(new FaxDecodeStatistics(page.Height, 0, 0, true, false), result.Statistics);
        Assert.True(result.Page.PixelsEqual(page));
    }

    [Fact]
    public void First_MH_line_without_a_leading_EOL_is_still_decoded()
    {
        var page = TestPages.TextLike(seed: 48, height: 80);
        var data = FaxPageCodec.Encode(page, new FaxEncoderOptions { ByteAlignEol = true });

        // With byte-aligned EOLs the first EOL is the first two bytes.
        Assert.Equal(new byte[] { 0x00, 0x01 }, data[..2]);
        var result = FaxPageCodec.Decode(data.AsMemory(2), new FaxDecoderOptions());

        Assert.Equal(0, result.Statistics.BadRows);
        Assert.True(result.Page.PixelsEqual(page));
    }

    private static void SetBit(byte[] data, int bit, bool value)
    {
        byte mask = (byte)(0x80 >> (bit % 8));
        data[bit / 8] = value ? (byte)(data[bit / 8] | mask) : (byte)(data[bit / 8] & ~mask);
    }
}
