using System.Security.Cryptography;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;
using Groupus.FaxGateway.Link;
using Grpc.Core;

namespace Groupus.FaxGateway.Service;

/// <summary>Fetches an assigned job's rendered document (TIFF Class F), checks its size and SHA-256, and reads its pages.</summary>
internal sealed class JobDocumentFetcher(CoreClient client, TimeProvider time)
{
    /// <summary>Far beyond any fax; a bigger announcement is refused before anything is fetched.</summary>
    private const long MaximumBytes = 256L * 1024 * 1024;

    /// <exception cref="JobDocumentException">Unavailable, too big, not as announced, or unreadable.</exception>
    public async Task<IReadOnlyList<FaxPage>> FetchAsync(AssignJob job, CancellationToken cancellationToken)
    {
        if (job.DocumentBytes is <= 0 or > MaximumBytes)
        {
            throw new JobDocumentException($"The document size announced ({job.DocumentBytes} bytes) is not acceptable.");
        }

        using var document = new MemoryStream((int)job.DocumentBytes);
        try
        {
            var headers = await client.Tokens.HeadersAsync(cancellationToken);
            using var call = client.Link.FetchJobDocument(new FetchJobDocumentRequest { JobId = job.JobId, LeaseId = job.LeaseId },
                headers, time.GetUtcNow().UtcDateTime.AddMinutes(5), cancellationToken);
            await foreach (var chunk in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                if (document.Length + chunk.Data.Length > job.DocumentBytes)
                {
                    throw new JobDocumentException($"The document is larger than the {job.DocumentBytes} bytes announced.");
                }

                chunk.Data.WriteTo(document);
            }
        }
        catch (RpcException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (RpcException exception)
        {
            if (exception.StatusCode == StatusCode.Unauthenticated)
            {
                client.Tokens.Forget();
            }

            throw new JobDocumentException($"The document could not be fetched ({exception.StatusCode}).", exception);
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException)
        {
            throw new JobDocumentException("The document could not be fetched: the core is unreachable.", exception);
        }

        if (document.Length != job.DocumentBytes)
        {
            throw new JobDocumentException($"The document has {document.Length} bytes, not the {job.DocumentBytes} announced.");
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(document.GetBuffer().AsSpan(0, (int)document.Length)));
        if (!string.Equals(sha256, job.DocumentSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new JobDocumentException("The document's SHA-256 is not the one announced.");
        }

        document.Position = 0;
        try
        {
            return FaxTiffReader.Read(document);
        }
        catch (Exception exception) when (exception is InvalidDataException or NotSupportedException or ArgumentException or IOException)
        {
            throw new JobDocumentException($"The document is not a readable fax TIFF: {exception.Message}", exception);
        }
    }
}
