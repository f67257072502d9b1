using Groupus.Application.Fax.Documents;
using Groupus.Domain.Fax;
using SkiaSharp;

namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>PNG and JPEG through SkiaSharp: full page width, one bit, whole A4 pages.</summary>
public sealed class ImageRenderingTests : IDisposable
{
    private readonly DocumentRendering _rendering = new();

    [Theory]
    [InlineData(FaxResolution.Standard)]
    [InlineData(FaxResolution.Fine)]
    public async Task Black_and_white_bars_come_out_as_the_same_bars(FaxResolution resolution)
    {
        var rendered = await _rendering.RenderSuccessfullyAsync(SampleDocuments.VerticalBarsPng(1728, 1000, 96), resolution);

        Assert.Equal(FaxDocumentType.Png, rendered.Type);
        var page = Assert.Single(FaxAssert.IsFaxTiff(rendered, resolution));
        int imageRows = (int)Math.Round(1000 * (resolution == FaxResolution.Fine ? 196.0 : 98.0) / 204);
        Assert.Equal(resolution == FaxResolution.Fine ? 2287 : 1143, page.Height);
        for (int y = 0; y < page.Height; y++)
        {
            for (int x = 0; x < page.Width; x++)
            {
                bool expected = y < imageRows && (x / 96) % 2 == 0;
                Assert.True(expected == page.IsBlack(x, y), $"pixel ({x}, {y}) should be {(expected ? "black" : "white")}");
            }
        }
    }

    [Fact]
    public async Task A_small_png_is_enlarged_to_the_page_width_keeping_its_proportions()
    {
        // 400 x 300, a black square in the middle half: 432..1296 across after enlarging 4.32 times.
        var png = SampleDocuments.Png(400, 300, canvas => canvas.DrawRect(100, 75, 200, 150, new SKPaint { Color = SKColors.Black }));

        var page = Assert.Single(FaxAssert.IsFaxTiff(await _rendering.RenderSuccessfullyAsync(png), FaxResolution.Standard));

        int middleRow = (int)(150 * 4.32 * 98 / 204);
        Assert.True(page.IsBlack(864, middleRow));
        Assert.False(page.IsBlack(420, middleRow));
        Assert.True(page.IsBlack(440, middleRow));
        Assert.True(page.IsBlack(1290, middleRow));
        Assert.False(page.IsBlack(1310, middleRow));
        Assert.False(page.IsBlack(864, (int)(300 * 4.32 * 98 / 204) + 5), "below the picture the paper is white");
    }

    [Fact]
    public async Task A_grey_photo_is_dithered_to_about_the_same_darkness()
    {
        var jpeg = SampleDocuments.Jpeg(2400, 1600, canvas => canvas.Clear(new SKColor(128, 128, 128)));

        var rendered = await _rendering.RenderSuccessfullyAsync(jpeg);

        Assert.Equal(FaxDocumentType.Jpeg, rendered.Type);
        var page = Assert.Single(FaxAssert.IsFaxTiff(rendered, FaxResolution.Standard));
        int pictureRows = (int)(1600 * (1728.0 / 2400) * 98 / 204);
        double black = Enumerable.Range(0, pictureRows).Sum(y => Enumerable.Range(0, page.Width).Count(x => page.IsBlack(x, y))) / (double)(pictureRows * page.Width);
        Assert.InRange(black, 0.45, 0.55);
        await FaxAssert.ReadableByLibtiffToolsAsync(rendered.Tiff);
    }

    [Fact]
    public async Task A_photo_taken_sideways_is_turned_as_its_exif_orientation_says()
    {
        // Stored 400 x 300 with its left half black; orientation 6 shows it turned clockwise, 300 x 400, top half black.
        var stored = SampleDocuments.Jpeg(400, 300, canvas => canvas.DrawRect(0, 0, 200, 300, new SKPaint { Color = SKColors.Black }));

        var page = Assert.Single(FaxAssert.IsFaxTiff(await _rendering.RenderSuccessfullyAsync(SampleDocuments.WithExifOrientation(stored, 6)), FaxResolution.Standard));

        int shownRows = (int)(400 * (1728.0 / 300) * 98 / 204);
        Assert.True(page.IsBlack(100, shownRows / 4));
        Assert.True(page.IsBlack(1600, shownRows / 4));
        Assert.False(page.IsBlack(100, shownRows * 3 / 4));
    }

    [Fact]
    public async Task An_image_far_taller_than_a_page_continues_on_further_pages()
    {
        // 1728 x 5000 square pixels is 2400 rows at standard resolution: three pages.
        var png = SampleDocuments.VerticalBarsPng(1728, 5000, 200);

        var rendered = await _rendering.RenderSuccessfullyAsync(png);

        Assert.Equal(3, rendered.PageCount);
        var pages = FaxAssert.IsFaxTiff(rendered, FaxResolution.Standard);
        Assert.True(pages[2].IsBlack(10, 50));
        Assert.False(pages[2].IsBlack(10, 1000), "the last page is padded with white paper");
    }

    public void Dispose() => _rendering.Dispose();
}
