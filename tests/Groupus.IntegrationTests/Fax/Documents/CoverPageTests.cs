using Groupus.Application.Fax.Documents;
using Groupus.Domain.Fax;

namespace Groupus.IntegrationTests.Fax.Documents;

public sealed class CoverPageTests : IDisposable
{
    private readonly DocumentRendering _rendering = new();

    [Fact]
    public async Task A_cover_page_comes_first_and_is_counted()
    {
        var pdf = await SampleDocuments.PdfAsync(2);
        var cover = new FaxCoverPage("Ada Lovelace, Engines Ltd", "Grace Hopper", "Quotation 42", "Please call me back about the second page.");

        var plain = FaxAssert.IsFaxTiff(await _rendering.RenderSuccessfullyAsync(pdf, FaxResolution.Fine), FaxResolution.Fine);
        var covered = await _rendering.RenderSuccessfullyAsync(pdf, FaxResolution.Fine, cover);

        Assert.Equal(3, covered.PageCount);
        var pages = FaxAssert.IsFaxTiff(covered, FaxResolution.Fine);
        Assert.True(pages[0].BlackCount > 5000, "the cover page has writing on it");
        Assert.True(pages[1].PixelsEqual(plain[0]));
        Assert.True(pages[2].PixelsEqual(plain[1]));
        await FaxAssert.ReadableByLibtiffToolsAsync(covered.Tiff);
    }

    [Fact]
    public async Task The_cover_page_shows_the_page_count()
    {
        var document = System.Text.Encoding.ASCII.GetBytes("one\ftwo");
        var cover = new FaxCoverPage("A", "B", null, null);

        var forTwoPages = FaxAssert.IsFaxTiff(await _rendering.RenderSuccessfullyAsync(document, cover: cover), FaxResolution.Standard)[0];
        var forOnePage = FaxAssert.IsFaxTiff(await _rendering.RenderSuccessfullyAsync("one"u8.ToArray(), cover: cover), FaxResolution.Standard)[0];

        Assert.False(forTwoPages.PixelsEqual(forOnePage), "the count differs (3 against 2), so the pages differ");
    }

    [Fact]
    public async Task A_note_too_long_for_the_page_is_cut_short_and_nothing_personal_is_logged()
    {
        var note = string.Join(" ", Enumerable.Repeat("Confidential remark", 2000));
        var cover = new FaxCoverPage("Ada Lovelace", "Grace Hopper", "Secret subject", note);

        var rendered = await _rendering.RenderSuccessfullyAsync("body"u8.ToArray(), FaxResolution.Fine, cover);

        Assert.Equal(2, rendered.PageCount);
        Assert.DoesNotContain(_rendering.Log.Lines, line => line.Contains("Lovelace", StringComparison.Ordinal)
            || line.Contains("Hopper", StringComparison.Ordinal) || line.Contains("Secret", StringComparison.Ordinal)
            || line.Contains("Confidential", StringComparison.Ordinal));
    }

    public void Dispose() => _rendering.Dispose();
}
