using System.Text;
using Groupus.Application.Fax.Documents;
using Groupus.Domain.Fax;

namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>Plain text in DejaVu Sans Mono: form feeds start pages, long text runs on to further pages.</summary>
public sealed class TextRenderingTests : IDisposable
{
    private readonly DocumentRendering _rendering = new();

    [Fact]
    public async Task Each_form_feed_starts_a_new_page()
    {
        var text = Encoding.UTF8.GetBytes("Invoice 1\tpaid\r\nThank you.\fInvoice 2\fInvoice 3 — £12.50\f");

        var rendered = await _rendering.RenderSuccessfullyAsync(text, FaxResolution.Fine);

        Assert.Equal(FaxDocumentType.Text, rendered.Type);
        Assert.Equal(3, rendered.PageCount);
        var pages = FaxAssert.IsFaxTiff(rendered, FaxResolution.Fine);
        Assert.All(pages, page => Assert.Equal(2287, page.Height));
        Assert.All(pages, page => Assert.InRange(page.BlackCount, 200, 20_000));
        Assert.All(pages, page => Assert.True(HasInkWithin(page, 0, page.Height / 10), "the text starts at the top of the page"));
        await FaxAssert.ReadableByLibtiffToolsAsync(rendered.Tiff);
    }

    [Fact]
    public async Task A_long_text_runs_on_to_further_pages_at_66_lines_a_page()
    {
        var text = string.Join("\n", Enumerable.Range(1, 140).Select(n => $"Line {n} of a long listing"));

        var rendered = await _rendering.RenderSuccessfullyAsync(Encoding.ASCII.GetBytes(text));

        Assert.Equal(3, rendered.PageCount);
        var pages = FaxAssert.IsFaxTiff(rendered, FaxResolution.Standard);
        Assert.True(HasInkWithin(pages[1], pages[1].Height * 8 / 10, pages[1].Height * 9 / 10), "a full page is written to its foot");
        Assert.False(HasInkWithin(pages[2], pages[2].Height / 5, pages[2].Height), "the last page holds eight lines");
    }

    [Fact]
    public async Task A_line_longer_than_the_page_is_wrapped_not_cut_off()
    {
        var words = string.Join(" ", Enumerable.Repeat("wrapping", 40));

        var page = Assert.Single(FaxAssert.IsFaxTiff(await _rendering.RenderSuccessfullyAsync(Encoding.ASCII.GetBytes(words)), FaxResolution.Standard));

        Assert.True(HasInkWithin(page, 100, 200), "the words wrap onto later lines");
        Assert.False(HasInkInColumns(page, 1700, 1728), "nothing is drawn in the right margin");
    }

    private static bool HasInkWithin(TiffPage page, int fromRow, int toRow) =>
        Enumerable.Range(fromRow, toRow - fromRow).Any(y => Enumerable.Range(0, page.Width).Any(x => page.IsBlack(x, y)));

    private static bool HasInkInColumns(TiffPage page, int fromColumn, int toColumn) =>
        Enumerable.Range(0, page.Height).Any(y => Enumerable.Range(fromColumn, toColumn - fromColumn).Any(x => page.IsBlack(x, y)));

    public void Dispose() => _rendering.Dispose();
}
