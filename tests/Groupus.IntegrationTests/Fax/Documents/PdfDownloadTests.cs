using Groupus.Domain.Fax;

namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>A stored fax TIFF converted to a PDF for download: one PDF page per fax page, the same picture.</summary>
public sealed class PdfDownloadTests : IDisposable
{
    private readonly DocumentRendering _rendering = new();

    [Fact]
    public async Task A_fax_becomes_a_pdf_with_the_same_pages()
    {
        var fax = await _rendering.RenderSuccessfullyAsync(await SampleDocuments.PdfAsync(3), FaxResolution.Fine);

        var pdf = await _rendering.Renderer.ConvertToPdfAsync(fax.Tiff, CancellationToken.None);

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        var original = TiffPages.Read(fax.Tiff);
        var roundTrip = await SampleDocuments.GhostscriptPagesAtTheirOwnSizeAsync(pdf, "204x196");
        Assert.Equal(3, roundTrip.Count);
        for (int i = 0; i < 3; i++)
        {
            Assert.InRange(roundTrip[i].Height, original[i].Height - 4, original[i].Height + 4);
            int differing = original[i].DifferingPixels(roundTrip[i]);
            Assert.True(differing < original[i].BlackCount / 10, $"page {i + 1}: {differing} of {original[i].BlackCount} black pixels moved");
        }
    }

    [Fact]
    public async Task A_damaged_tiff_cannot_be_converted() =>
        await Assert.ThrowsAsync<InvalidDataException>(() => _rendering.Renderer.ConvertToPdfAsync(new byte[] { 1, 2, 3, 4 }, CancellationToken.None));

    public void Dispose() => _rendering.Dispose();
}
