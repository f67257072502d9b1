using Groupus.Application.Fax.Documents;
using Groupus.Domain.Fax;

namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>PDF and PostScript through real Ghostscript.</summary>
public sealed class PdfAndPostScriptRenderingTests : IDisposable
{
    private readonly DocumentRendering _rendering = new();

    [Fact]
    public async Task A_three_page_pdf_becomes_three_standard_fax_pages()
    {
        var rendered = await _rendering.RenderSuccessfullyAsync(await SampleDocuments.PdfAsync(3));

        Assert.Equal(FaxDocumentType.Pdf, rendered.Type);
        Assert.Equal(3, rendered.PageCount);
        var pages = FaxAssert.IsFaxTiff(rendered, FaxResolution.Standard);
        Assert.All(pages, page => Assert.Equal(1146, page.Height));
        Assert.All(pages, page => Assert.True(page.BlackCount > 1000, "the page has ink on it"));
        await FaxAssert.ReadableByLibtiffToolsAsync(rendered.Tiff);
    }

    [Fact]
    public async Task Fine_resolution_pages_have_twice_the_rows_of_standard_ones()
    {
        var pdf = await SampleDocuments.PdfAsync(1);

        var standard = FaxAssert.IsFaxTiff(await _rendering.RenderSuccessfullyAsync(pdf, FaxResolution.Standard), FaxResolution.Standard);
        var fine = FaxAssert.IsFaxTiff(await _rendering.RenderSuccessfullyAsync(pdf, FaxResolution.Fine), FaxResolution.Fine);

        Assert.Equal(2 * standard[0].Height, fine[0].Height);
    }

    [Theory]
    [InlineData(FaxResolution.Standard, "204x98")]
    [InlineData(FaxResolution.Fine, "204x196")]
    public async Task A_pdf_renders_exactly_as_ghostscripts_fax_device_renders_it(FaxResolution resolution, string dpi)
    {
        var pdf = await SampleDocuments.PdfAsync(2);

        var ours = FaxAssert.IsFaxTiff(await _rendering.RenderSuccessfullyAsync(pdf, resolution), resolution);
        var ghostscripts = await SampleDocuments.GhostscriptFaxPagesAsync(pdf, dpi);

        Assert.Equal(ghostscripts.Count, ours.Count);
        for (int i = 0; i < ours.Count; i++)
        {
            Assert.True(ours[i].PixelsEqual(ghostscripts[i]), $"page {i + 1} differs in {ours[i].DifferingPixels(ghostscripts[i])} pixels");
        }
    }

    [Fact]
    public async Task PostScript_is_rendered_page_by_page()
    {
        var rendered = await _rendering.RenderSuccessfullyAsync(SampleDocuments.PostScript(2), FaxResolution.Fine);

        Assert.Equal(FaxDocumentType.PostScript, rendered.Type);
        Assert.Equal(2, rendered.PageCount);
        var pages = FaxAssert.IsFaxTiff(rendered, FaxResolution.Fine);
        Assert.All(pages, page => Assert.True(page.BlackCount > 1000, "the page has ink on it"));
        Assert.False(pages[0].PixelsEqual(pages[1]), "each page shows its own number and square");
        await FaxAssert.ReadableByLibtiffToolsAsync(rendered.Tiff);
    }

    [Fact]
    public async Task A_render_leaves_no_temporary_files_and_logs_no_content()
    {
        await _rendering.RenderSuccessfullyAsync(await SampleDocuments.PdfAsync(1));

        FaxAssert.NothingLeftIn(_rendering.TemporaryDirectory);
        var line = Assert.Single(_rendering.Log.Lines, l => l.Contains("Rendered a Pdf document", StringComparison.Ordinal));
        Assert.DoesNotContain("test document", line, StringComparison.Ordinal);
    }

    public void Dispose() => _rendering.Dispose();
}
