using Groupus.Application.Common.Validation;

namespace Groupus.UnitTests.Common;

public sealed class PrintableTextTests
{
    [Theory]
    [InlineData("Ann\u202Ea")] // right-to-left override
    [InlineData("Ann\u2066a")] // left-to-right isolate
    [InlineData("Ann\u200Ba")] // zero-width space
    [InlineData("Ann\u200Da")] // zero-width joiner
    [InlineData("\uFEFFAnna")] // byte order mark
    [InlineData("Anna\uFFFF")] // noncharacter
    [InlineData("Ann\u2028a")] // line separator
    [InlineData("Ann\u2029a")] // paragraph separator
    [InlineData("Ann\uE000a")] // private use
    [InlineData("Ann\ta")] // control
    public void Invisible_direction_changing_and_unassigned_characters_are_not_printable(string name) =>
        Assert.False(PrintableText.IsPrintable(name));

    [Fact]
    public void A_surrogate_half_alone_is_not_printable()
    {
        // Built at run time: attribute arguments cannot carry a lone surrogate (the compiler writes U+FFFD).
        Assert.False(PrintableText.IsPrintable("Ann" + (char)0xD800 + "a"));
        Assert.False(PrintableText.IsPrintable("Ann" + (char)0xDC00 + "a"));
        Assert.False(PrintableText.IsPrintable("Anna" + (char)0xD83D));
    }

    [Theory]
    [InlineData("Zoë O’Brien-Łukasiewicz")]
    [InlineData("王秀英")]
    [InlineData("محمد عبد الله")]
    [InlineData("Café & Co. (UK) Ltd")]
    [InlineData("Ann\u00A0Smith")] // no-break space is a space
    [InlineData("Ann 😀 Smith")] // a character outside the BMP, as a surrogate pair
    [InlineData("")]
    public void Names_in_any_script_are_printable(string name) =>
        Assert.True(PrintableText.IsPrintable(name));
}
