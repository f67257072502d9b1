using Groupus.Application.Common.Content;
using Groupus.Application.Fax.Documents;

namespace Groupus.Application.Fax;

/// <summary>Reads stored pages for download, converting them to PDF when asked.</summary>
public sealed class FaxFiles(IContentStore content, IFaxDocumentRenderer renderer)
{
    public async Task<FaxFile?> ReadAsync(Guid contentId, FaxFileFormat format, CancellationToken cancellationToken)
    {
        var tiff = await content.GetAsync(contentId, cancellationToken);
        if (tiff is null)
        {
            return null;
        }

        return format == FaxFileFormat.Pdf
            ? new FaxFile(FaxFile.Pdf, await renderer.ConvertToPdfAsync(tiff, cancellationToken))
            : new FaxFile(FaxFile.Tiff, tiff);
    }
}
