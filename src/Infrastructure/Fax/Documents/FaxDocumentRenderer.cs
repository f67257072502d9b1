using System.Diagnostics;
using Groupus.Application.Common.Results;
using Groupus.Application.Fax.Documents;
using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// Detects a document's type, applies the limits, waits for a render slot, renders it by type (Ghostscript for PDF and PostScript, SkiaSharp
/// for images and text), puts the cover page first and writes the TIFF. Logs only types, sizes and counts.
/// </summary>
internal sealed partial class FaxDocumentRenderer(
    GhostscriptRenderer ghostscript,
    TiffRenderer tiffs,
    RasterImageRenderer images,
    PlainTextRenderer texts,
    CoverPageRenderer covers,
    FaxRenderScheduler scheduler,
    IOptions<FaxDocumentLimits> limits,
    ILogger<FaxDocumentRenderer> logger) : IFaxDocumentRenderer
{
    /// <summary>TIFF Class F as the core stores it: one strip per page, Group 4 (MMR), FillOrder 1.</summary>
    private static readonly FaxTiffWriteOptions ClassF = new() { Encoding = FaxEncoding.Mmr };

    public async Task<Result<RenderedFaxDocument>> RenderAsync(Stream content, FaxRenderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(request);
        var started = Stopwatch.GetTimestamp();
        var limit = limits.Value;

        var bytes = await DocumentContent.ReadAsync(content, limit.MaximumBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return Refused(FaxDocumentErrors.TooLarge(limit.MaximumBytes), null);
        }

        if (bytes.Length == 0)
        {
            return Refused(FaxDocumentErrors.Empty(), null);
        }

        var detected = DocumentSniffer.Detect(bytes);
        if (detected.Type is not { } type)
        {
            return Refused(FaxDocumentErrors.Unsupported(detected.Description), null);
        }

        // Reading and detecting are cheap; rendering waits for a slot in the organisation's turn.
        var entered = await scheduler.EnterAsync(request.OrganisationId, cancellationToken).ConfigureAwait(false);
        if (!entered.IsSuccess)
        {
            return Refused(entered.Error!, type);
        }

        using var slot = entered.Value;
        var format = FaxPageFormat.For(request.Resolution);
        var prepared = type switch
        {
            FaxDocumentType.Pdf or FaxDocumentType.PostScript =>
                await ghostscript.RenderAsync(bytes, type, format, limit.MaximumPages, cancellationToken).ConfigureAwait(false),
            FaxDocumentType.Tiff => tiffs.Prepare(bytes, format, limit.MaximumPages),
            FaxDocumentType.Png or FaxDocumentType.Jpeg => images.Prepare(bytes, type, format, limit.MaximumPages),
            _ => texts.Prepare(bytes, format, limit.MaximumPages),
        };
        if (!prepared.IsSuccess)
        {
            return Refused(prepared.Error!, type);
        }

        var document = prepared.Value;
        int pageCount = document.Count + (request.Cover is null ? 0 : 1);
        byte[] tiff;
        try
        {
            using var output = new MemoryStream();
            FaxTiffWriter.Write(output, WithCover(document, request.Cover, pageCount, format).Select(page => page.AsFaxPage()), pageCount, ClassF, cancellationToken);
            tiff = output.ToArray();
        }
        catch (UnreadableDocumentException unreadable)
        {
            return Refused(FaxDocumentErrors.Malformed(type, unreadable.Message), type);
        }

        LogRendered(type, bytes.Length, request.Resolution.ToString(), pageCount, tiff.Length, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new RenderedFaxDocument(type, pageCount, tiff);
    }

    public Task<byte[]> ConvertToPdfAsync(ReadOnlyMemory<byte> faxTiff, CancellationToken cancellationToken) =>
        Task.FromResult(FaxTiffToPdf.Convert(faxTiff.ToArray(), cancellationToken));

    private IEnumerable<BilevelPage> WithCover(FaxPageSet document, FaxCoverPage? cover, int pageCount, FaxPageFormat format)
    {
        if (cover is not null)
        {
            yield return covers.Render(cover, pageCount, format);
        }

        foreach (var page in document.Pages)
        {
            yield return page;
        }
    }

    private Error Refused(Error error, FaxDocumentType? type)
    {
        LogRefused(error.Code, type?.ToString() ?? "undetected");
        return error;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rendered a {Type} document of {Bytes} bytes at {Resolution} resolution to {Pages} fax page(s), {TiffBytes} bytes, in {ElapsedMs:0} ms")]
    private partial void LogRendered(FaxDocumentType type, int bytes, string resolution, int pages, int tiffBytes, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a fax document ({Type}): {Code}")]
    private partial void LogRefused(string code, string type);
}
