using System.Security.Cryptography;
using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Content;
using Groupus.Application.Common.Results;
using Groupus.Application.Fax.Documents;
using Groupus.Domain.Fax;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Fax;

/// <summary>Checks the number, renders the document, stores the pages and queues the job.</summary>
public sealed class FaxJobFactory(
    IPhoneNumbers phones,
    IFaxDocumentRenderer renderer,
    IContentStore content,
    IFaxJobRepository jobs,
    IOptions<FaxOptions> options,
    FaxDestinationPolicy destinations,
    TimeProvider clock)
{
    public const string ToField = "to";

    public async Task<Result<FaxJob>> CreateAsync(FaxJobRequest request, Stream document, CancellationToken cancellationToken)
    {
        var number = phones.Normalise(request.To);
        if (!number.IsValid)
        {
            return Error.Invalid(ToField, $"\"{request.To}\" {number.Problem}");
        }

        if (destinations.Refusal(number, ToField) is { } blocked)
        {
            return blocked;
        }

        var rendered = await renderer.RenderAsync(document, new FaxRenderRequest(request.Resolution, request.Cover, request.OrganisationId), cancellationToken);
        if (!rendered.IsSuccess)
        {
            return rendered.Error!;
        }

        var pages = rendered.Value.Tiff;
        var contentId = await content.PutAsync(pages, cancellationToken);
        return Queue(request with { To = number.E164! }, rendered.Value.PageCount, contentId, pages.LongLength, Convert.ToHexStringLower(SHA256.HashData(pages)), null);
    }

    /// <summary>A new job over pages already stored (a resend).</summary>
    public Result<FaxJob> Resend(FaxJob original, Guid submittedBy, string? to)
    {
        var number = phones.Normalise(string.IsNullOrWhiteSpace(to) ? original.Destination : to);
        if (!number.IsValid && !string.IsNullOrWhiteSpace(to))
        {
            return Error.Invalid(ToField, $"\"{to}\" {number.Problem}");
        }

        // The original number too: the policy may have changed since it was dialled.
        if (destinations.Refusal(number, ToField) is { } blocked)
        {
            return blocked;
        }

        var destination = number.E164 ?? original.Destination;
        var request = new FaxJobRequest(original.OrganisationId, submittedBy, destination, original.Resolution, null, original.Priority, null);
        return Queue(request, original.PageCount, original.DocumentContentId, original.DocumentBytes, original.DocumentSha256, original.Id);
    }

    private FaxJob Queue(FaxJobRequest request, int pageCount, Guid contentId, long bytes, string sha256, Guid? resentFrom)
    {
        var job = FaxJob.Submit(
            new FaxJobSubmission(request.OrganisationId, request.SubmittedBy, request.To, request.Priority, request.Resolution, pageCount, contentId, bytes, sha256, request.NotBeforeUtc, resentFrom),
            options.Value.RetryPolicy,
            clock.GetUtcNow().UtcDateTime);
        jobs.Add(job);
        return job;
    }
}
