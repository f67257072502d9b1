using Groupus.Application.Fax.Documents;
using Groupus.Domain.Fax;

namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>TIFF documents: fax pages keep their pixels (re-encoded as G4), other pages are scaled to the fax width.</summary>
public sealed class TiffRenderingTests : IDisposable
{
    private readonly DocumentRendering _rendering = new();

    [Fact]
    public async Task A_group_3_fine_fax_tiff_is_re_encoded_with_the_same_pixels()
    {
        var g3 = await SampleDocuments.GhostscriptTiffAsync(await SampleDocuments.PdfAsync(2), "tiffg3", "204x196");

        var rendered = await _rendering.RenderSuccessfullyAsync(g3, FaxResolution.Fine);

        Assert.Equal(FaxDocumentType.Tiff, rendered.Type);
        var ours = FaxAssert.IsFaxTiff(rendered, FaxResolution.Fine);
        var source = TiffPages.Read(g3);
        Assert.Equal(2, ours.Count);
        Assert.All(Enumerable.Range(0, 2), i => Assert.True(ours[i].PixelsEqual(source[i]), $"page {i + 1} keeps its pixels"));
        await FaxAssert.ReadableByLibtiffToolsAsync(rendered.Tiff);
    }

    [Fact]
    public async Task A_tiff_copied_to_2d_group_3_by_tiffcp_keeps_its_pixels()
    {
        var g4 = await SampleDocuments.GhostscriptTiffAsync(await SampleDocuments.PdfAsync(1), "tiffg4", "204x98");
        using var folder = new ScratchFolder();
        await ExternalTool.RunSuccessfullyAsync("tiffcp", "-c", "g3:2d:fill", folder.Write("g4.tif", g4), folder.File("g3.tif"));
        var g3 = File.ReadAllBytes(folder.File("g3.tif"));

        var page = Assert.Single(FaxAssert.IsFaxTiff(await _rendering.RenderSuccessfullyAsync(g3), FaxResolution.Standard));

        Assert.True(page.PixelsEqual(TiffPages.Read(g4)[0]));
    }

    [Fact]
    public async Task A_fine_tiff_sent_at_standard_resolution_joins_each_pair_of_rows()
    {
        var fine = await SampleDocuments.GhostscriptTiffAsync(await SampleDocuments.PdfAsync(1), "tiffg4", "204x196");
        var source = TiffPages.Read(fine)[0];

        var page = Assert.Single(FaxAssert.IsFaxTiff(await _rendering.RenderSuccessfullyAsync(fine, FaxResolution.Standard), FaxResolution.Standard));

        Assert.Equal(source.Height / 2, page.Height);
        for (int y = 0; y < page.Height; y++)
        {
            for (int x = 0; x < page.Width; x++)
            {
                Assert.Equal(source.IsBlack(x, 2 * y) || source.IsBlack(x, (2 * y) + 1), page.IsBlack(x, y));
            }
        }
    }

    [Fact]
    public async Task A_greyscale_scan_is_scaled_to_the_fax_width()
    {
        // Ghostscript's tiffgray device at 100 dpi: an 8-bit A4 scan, 827 pixels wide.
        var gray = await SampleDocuments.GhostscriptTiffAsync(await SampleDocuments.PdfAsync(1), "tiffgray", "100");

        var rendered = await _rendering.RenderSuccessfullyAsync(gray);

        var page = Assert.Single(FaxAssert.IsFaxTiff(rendered, FaxResolution.Standard));
        Assert.Equal(1143, page.Height);
        Assert.True(page.BlackCount > 1000, "the page has ink on it");
        await FaxAssert.ReadableByLibtiffToolsAsync(rendered.Tiff);
    }

    public void Dispose() => _rendering.Dispose();
}
