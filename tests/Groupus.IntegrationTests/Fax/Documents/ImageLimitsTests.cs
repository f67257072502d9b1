using SkiaSharp;

namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>Pictures are measured by their headers before they are decoded: a small file cannot expand to gigabytes.</summary>
public sealed class ImageLimitsTests : IDisposable
{
    private readonly DocumentRendering _rendering = new(maximumImagePixels: 100_000, maximumPages: 2);

    [Fact]
    public async Task A_png_with_more_pixels_than_allowed_is_refused()
    {
        var png = SampleDocuments.Png(400, 300, canvas => canvas.Clear(SKColors.Gray));

        var error = FaxAssert.Refused(await _rendering.RenderAsync(png), "DOCUMENT_TOO_LARGE");

        Assert.Contains("400 × 300", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tiff_page_with_more_pixels_than_allowed_is_refused()
    {
        var tiff = await SampleDocuments.GhostscriptTiffAsync(await SampleDocuments.PdfAsync(1), "tiffg4", "204x98");

        FaxAssert.Refused(await _rendering.RenderAsync(tiff), "DOCUMENT_TOO_LARGE");
    }

    [Fact]
    public async Task A_picture_that_would_fill_more_pages_than_allowed_is_refused()
    {
        // 20 x 300 pixels scaled to 1728 across is about 12,000 rows: eleven standard pages.
        var png = SampleDocuments.Png(20, 300, canvas => canvas.Clear(SKColors.Gray));

        FaxAssert.Refused(await _rendering.RenderAsync(png), "DOCUMENT_TOO_MANY_PAGES");
    }

    [Fact]
    public async Task A_tiff_with_more_pages_than_allowed_is_refused()
    {
        using var small = new DocumentRendering(maximumPages: 2);
        var tiff = await SampleDocuments.GhostscriptTiffAsync(await SampleDocuments.PdfAsync(3), "tiffg4", "204x98");

        FaxAssert.Refused(await small.RenderAsync(tiff), "DOCUMENT_TOO_MANY_PAGES");
    }

    public void Dispose() => _rendering.Dispose();
}
