using Groupus.Application.Common.Results;
using Groupus.Application.Fax.Documents;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>PNG and JPEG: decoded by SkiaSharp, turned upright, greyed over white paper, scaled to the page width, dithered.</summary>
internal sealed class RasterImageRenderer(IOptions<FaxRenderingOptions> options)
{
    public Result<FaxPageSet> Prepare(byte[] content, FaxDocumentType type, FaxPageFormat format, int maximumPages)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return FaxDocumentErrors.Malformed(type, "the image header is damaged.");
        }

        int width = codec.Info.Width;
        int height = codec.Info.Height;
        if ((long)width * height > options.Value.MaximumImagePixels)
        {
            return FaxDocumentErrors.ImageTooLarge(width, height, options.Value.MaximumImagePixels);
        }

        var origin = codec.EncodedOrigin;
        bool swap = ExifOrientation.SwapsSides(origin);
        var planned = RasterLayout.For(swap ? height : width, swap ? width : height, 1, 1, format);
        if (planned.PageCount > maximumPages)
        {
            return FaxDocumentErrors.TooManyPages(maximumPages, planned.PageCount);
        }

        var decoded = Decode(codec, swap ? height : width);
        if (decoded.Error is { } failure)
        {
            return FaxDocumentErrors.Malformed(type, failure);
        }

        var upright = ExifOrientation.Apply(decoded.Image!, origin);
        var layout = RasterLayout.For(upright.Width, upright.Height, upright.XDpi, upright.YDpi, format);
        return new FaxPageSet(layout.PageCount, RasterPages.Render(upright, layout, format, Binarisation.FloydSteinberg));
    }

    private static (GrayImage? Image, string? Error) Decode(SKCodec codec, int shownWidth)
    {
        // JPEG can decode at 1/2, 1/4 or 1/8 size for almost nothing: no need for more pixels than the page has.
        var size = codec.Info.Size;
        if (shownWidth > FaxPageFormat.A4Width)
        {
            size = codec.GetScaledDimensions((float)FaxPageFormat.A4Width / shownWidth);
        }

        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        switch (result)
        {
            case SKCodecResult.Success:
                break;
            case SKCodecResult.IncompleteInput:
                return (null, "the image is incomplete (the file ends too early).");
            default:
                return (null, "the image data is damaged.");
        }

        var gray = new GrayImage(size.Width, size.Height, 1, 1);
        var rgba = bitmap.GetPixelSpan();
        for (int i = 0; i < gray.Pixels.Length; i++)
        {
            int p = i * 4;
            gray.Pixels[i] = Luminance.OverWhite(rgba[p], rgba[p + 1], rgba[p + 2], rgba[p + 3]);
        }

        return (gray, null);
    }
}
