using Groupus.Application.Common.Results;

namespace Groupus.Application.Fax.Documents;

/// <summary>Turns a customer's document into fax pages, and a stored fax back into a PDF for download.</summary>
public interface IFaxDocumentRenderer
{
    /// <summary>
    /// Detects the document's type by its content and renders it (after the optional cover page) to a multi-page
    /// TIFF Class F. Failures are <see cref="FaxDocumentErrors"/>; the stream is read to its end, not disposed.
    /// </summary>
    Task<Result<RenderedFaxDocument>> RenderAsync(Stream content, FaxRenderRequest request, CancellationToken cancellationToken);

    /// <summary>A PDF with one page per fax page, each at its physical size. Throws <see cref="InvalidDataException"/> for a damaged TIFF.</summary>
    Task<byte[]> ConvertToPdfAsync(ReadOnlyMemory<byte> faxTiff, CancellationToken cancellationToken);
}
