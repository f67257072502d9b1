using SkiaSharp;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>A fax TIFF as a PDF (SkiaSharp's PDF backend): one PDF page per fax page, at the page's physical size.</summary>
internal static class FaxTiffToPdf
{
    private const float PointsPerInch = 72;

    public static byte[] Convert(byte[] faxTiff, CancellationToken cancellationToken)
    {
        TiffDocument tiff;
        try
        {
            tiff = TiffDocument.Open(faxTiff);
        }
        catch (UnreadableDocumentException unreadable)
        {
            throw new InvalidDataException("The fax TIFF cannot be read: " + unreadable.Message, unreadable);
        }

        using (tiff)
        using (var output = new MemoryStream())
        {
            using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Producer = "Groupus", Creator = "Groupus" }))
            {
                for (int index = 0; index < tiff.Pages.Count; index++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    DrawPage(document, ReadPage(tiff, index));
                }

                document.Close();
            }

            return output.ToArray();
        }
    }

    private static BilevelPage ReadPage(TiffDocument tiff, int index)
    {
        try
        {
            return tiff.Pages[index].IsBilevel
                ? tiff.ReadBilevel(index)
                : throw new InvalidDataException($"Page {index + 1} of the fax TIFF is not a 1-bit page.");
        }
        catch (UnreadableDocumentException unreadable)
        {
            throw new InvalidDataException("The fax TIFF cannot be read: " + unreadable.Message, unreadable);
        }
    }

    private static void DrawPage(SKDocument document, BilevelPage page)
    {
        float xDpi = page.XDpi > 0 ? page.XDpi : 204;
        float yDpi = page.YDpi > 0 ? page.YDpi : 98;
        float width = page.Width / xDpi * PointsPerInch;
        float height = page.Height / yDpi * PointsPerInch;

        using var bitmap = new SKBitmap(new SKImageInfo(page.Width, page.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        var pixels = bitmap.GetPixelSpan();
        int rowBytes = bitmap.RowBytes;
        for (int y = 0; y < page.Height; y++)
        {
            for (int x = 0; x < page.Width; x++)
            {
                pixels[(y * rowBytes) + x] = page.IsBlack(x, y) ? (byte)0 : (byte)255;
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        var canvas = document.BeginPage(width, height);
        canvas.DrawImage(image, SKRect.Create(width, height), new SKSamplingOptions(SKFilterMode.Nearest));
        document.EndPage();
    }
}
