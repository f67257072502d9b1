using Groupus.Application.Common.Results;
using Groupus.Application.Fax.Documents;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// TIFF documents, one source page to one fax page (or more, if it is much longer than A4). Pages that are fax pages
/// already keep their pixels (<see cref="FaxRowConversion"/>); any other page is resampled to the fax width.
/// </summary>
internal sealed class TiffRenderer(IOptions<FaxRenderingOptions> options)
{
    public Result<FaxPageSet> Prepare(byte[] content, FaxPageFormat format, int maximumPages)
    {
        TiffDocument document;
        try
        {
            document = TiffDocument.Open(content);
        }
        catch (UnreadableDocumentException unreadable)
        {
            return FaxDocumentErrors.Malformed(FaxDocumentType.Tiff, unreadable.Message);
        }

        long pages = 0;
        foreach (var info in document.Pages)
        {
            if ((long)info.Width * info.Height > options.Value.MaximumImagePixels)
            {
                document.Dispose();
                return FaxDocumentErrors.ImageTooLarge(info.Width, info.Height, options.Value.MaximumImagePixels);
            }

            pages += FaxRowConversion.Applies(info, format) ? 1 : Layout(info, format).PageCount;
        }

        if (pages > maximumPages)
        {
            document.Dispose();
            return FaxDocumentErrors.TooManyPages(maximumPages, pages > int.MaxValue ? null : (int)pages);
        }

        return new FaxPageSet((int)pages, Render(document, format));
    }

    private static IEnumerable<BilevelPage> Render(TiffDocument document, FaxPageFormat format)
    {
        using (document)
        {
            for (int index = 0; index < document.Pages.Count; index++)
            {
                var info = document.Pages[index];
                if (FaxRowConversion.Applies(info, format))
                {
                    yield return FaxRowConversion.Convert(document.ReadBilevel(index), info, format);
                    continue;
                }

                var gray = document.ReadGray(index);
                var binarisation = info.IsBilevel ? Binarisation.Threshold : Binarisation.FloydSteinberg;
                foreach (var page in RasterPages.Render(gray, Layout(info, format), format, binarisation))
                {
                    yield return page;
                }
            }
        }
    }

    private static RasterLayout Layout(TiffPageInfo info, FaxPageFormat format)
    {
        // Without resolution tags, pixels are taken to be square.
        float x = info.XDpi ?? info.YDpi ?? 1;
        float y = info.YDpi ?? x;
        return RasterLayout.For(info.Width, info.Height, x, y, format);
    }
}
