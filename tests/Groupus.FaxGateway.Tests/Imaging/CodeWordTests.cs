using Groupus.Fax.Imaging;

namespace Groupus.FaxGateway.Tests.Imaging;

public class CodeWordTests
{
    private const string Eol = "000000000001";

    [Theory]
    [InlineData(true, 0, "00110101")]
    [InlineData(true, 1, "000111")]
    [InlineData(true, 2, "0111")]
    [InlineData(true, 63, "00110100")]
    [InlineData(false, 0, "0000110111")]
    [InlineData(false, 1, "010")]
    [InlineData(false, 2, "11")]
    [InlineData(false, 63, "000001100111")]
    public void Terminating_codes_match_T4_tables_2_and_3(bool white, int run, string expected) =>
        Assert.Equal(expected, Bits(T4CodeTables.Terminating(white, run)));

    [Theory]
    [InlineData(true, 64, "11011")]
    [InlineData(true, 1728, "010011011")]
    [InlineData(false, 64, "0000001111")]
    [InlineData(false, 1728, "0000001100101")]
    [InlineData(true, 1792, "00000001000")]
    [InlineData(false, 2560, "000000011111")]
    public void Make_up_codes_match_T4_table_3(bool white, int run, string expected) =>
        Assert.Equal(expected, Bits(T4CodeTables.MakeUp(white, run)));

    [Theory]
    [InlineData(0, "1")]
    [InlineData(1, "011")]
    [InlineData(2, "000011")]
    [InlineData(3, "0000011")]
    [InlineData(-1, "010")]
    [InlineData(-2, "000010")]
    [InlineData(-3, "0000010")]
    public void Vertical_mode_codes_match_T4_table_4(int delta, string expected) =>
        Assert.Equal(expected, Bits(T4CodeTables.Vertical(delta)));

    [Fact]
    public void Pass_horizontal_and_EOL_codes_match_T4_table_4() =>
        Assert.Equal(
            ("0001", "001", Eol),
            (Bits((T4CodeTables.Pass, T4CodeTables.PassLength)), Bits((T4CodeTables.Horizontal, T4CodeTables.HorizontalLength)), Bits((T4CodeTables.Eol, T4CodeTables.EolLength))));

    [Fact]
    public void Mh_row_without_EOL_is_white_zero_then_black_run()
    {
        var page = TestPages.AllBlack(width: 8, height: 1);
        var bytes = FaxPageCodec.Encode(page, new FaxEncoderOptions { ByteAlignedRowsWithoutEol = true });
        Assert.Equal("00110101" + "000101" + "00", BitStrings.Of(bytes));
    }

    [Fact]
    public void Mh_page_is_EOL_then_runs_then_RTC_of_six_EOLs()
    {
        var page = TestPages.AllWhite(width: 64, height: 1);
        var bits = BitStrings.Of(FaxPageCodec.Encode(page, new FaxEncoderOptions()));
        string expected = Eol + "11011" + "00110101" + string.Concat(Enumerable.Repeat(Eol, 6));
        Assert.Equal(expected, bits[..expected.Length]);
        Assert.DoesNotContain('1', bits[expected.Length..]);
    }

    [Fact]
    public void Mr_lines_carry_tag_bit_1_for_1D_and_0_for_2D_and_RTC_EOLs_carry_tag_1()
    {
        var page = TestPages.AllWhite(width: 16, height: 2);
        var bits = BitStrings.Of(FaxPageCodec.Encode(page, new FaxEncoderOptions { Encoding = FaxEncoding.Mr, K = 2 }));
        string expected = Eol + "1" + "101010" + Eol + "0" + "1" + string.Concat(Enumerable.Repeat(Eol + "1", 6));
        Assert.Equal(expected, bits[..expected.Length]);
    }

    [Fact]
    public void Mmr_codes_vertical_pass_and_horizontal_modes_and_ends_with_EOFB()
    {
        var page = PageWithBlackSpans(32, null, (8, 16), (8, 16), (9, 17), (7, 15), (10, 18), null);
        var bytes = FaxPageCodec.Encode(page, new FaxEncoderOptions { Encoding = FaxEncoding.Mmr });
        string expected =
            "1" +                                   // all white over imaginary white line: V0 at the line end
            "001" + "10011" + "000101" + "1" +      // horizontal mode: white 8, black 8; then V0
            "1" + "1" + "1" +                       // identical line: V0 V0 V0
            "011" + "011" + "1" +                   // shifted right one pixel: VR1 VR1 V0
            "000010" + "000010" + "1" +             // shifted left two: VL2 VL2 V0
            "0000011" + "0000011" + "1" +           // shifted right three: VR3 VR3 V0
            "0001" + "1" +                          // white line under a black span: pass mode, then V0
            Eol + Eol;                              // EOFB
        var bits = BitStrings.Of(bytes);
        Assert.Equal(expected, bits[..expected.Length]);
        Assert.DoesNotContain('1', bits[expected.Length..]);

        var decoded = FaxPageCodec.Decode(bytes, new FaxDecoderOptions { Width = 32, Encoding = FaxEncoding.Mmr });
        Assert.True(decoded.Page.PixelsEqual(page));
        Assert.True(decoded.Statistics.EndOfPageFound);
    }

    [Fact]
    public void Lsb_first_output_is_the_bit_reversal_of_msb_first_output()
    {
        var page = TestPages.TextLike(seed: 3, height: 80);
        var msb = FaxPageCodec.Encode(page, new FaxEncoderOptions { Encoding = FaxEncoding.Mr });
        var lsb = FaxPageCodec.Encode(page, new FaxEncoderOptions { Encoding = FaxEncoding.Mr, FillOrder = FillOrder.LsbFirst });
        BitReversal.ReverseInPlace(lsb);
        Assert.Equal(msb, lsb);
    }

    [Theory]
    [InlineData(0x01, 0x80)]
    [InlineData(0x80, 0x01)]
    [InlineData(0x35, 0xAC)]
    [InlineData(0xF0, 0x0F)]
    public void Bit_reversal_table_reverses_each_byte(byte value, byte reversed)
    {
        Assert.Equal(reversed, BitReversal.Reverse(value));
        Assert.Equal(value, BitReversal.Reverse(BitReversal.Reverse(value)));
    }

    internal static FaxPage PageWithBlackSpans(int width, params (int Start, int End)?[] rows)
    {
        var page = new FaxPage(width, rows.Length);
        for (int y = 0; y < rows.Length; y++)
        {
            if (rows[y] is var (start, end))
            {
                ChangingElements.FillBlack(page.GetRow(y), start, end);
            }
        }

        return page;
    }

    private static string Bits((ushort Code, byte Length) code) =>
        Convert.ToString(code.Code, 2).PadLeft(code.Length, '0');

    private static string Bits((uint Code, int Length) code) =>
        Convert.ToString(code.Code, 2).PadLeft(code.Length, '0');
}
