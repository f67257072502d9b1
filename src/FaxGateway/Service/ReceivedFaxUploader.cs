using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.FaxGateway.Link;
using Grpc.Core;

namespace Groupus.FaxGateway.Service;

/// <summary>
/// Sends spooled faxes to the core (UploadReceivedFax: the header, then the TIFF in 64 KiB chunks) and deletes each
/// only after the core's receipt. A failed attempt is retried with backoff under the same idempotency key, so a
/// receipt lost on the way stores nothing twice. Starts with whatever an earlier run left in the spool.
/// </summary>
internal sealed partial class ReceivedFaxUploader(
    ReceivedFaxSpool spool, CoreClient client, CoreLinkOptions options, ILogger<ReceivedFaxUploader> logger, TimeProvider time)
{
    public const int ChunkBytes = 64 * 1024;

    private static readonly TimeSpan Rescan = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _wake = new(0);
    private readonly ReconnectBackoff _backoff = new(
        TimeSpan.FromMilliseconds(options.ReconnectInitialDelayMilliseconds), TimeSpan.FromMilliseconds(options.ReconnectMaxDelayMilliseconds));

    /// <summary>A fax was spooled: look now rather than at the next rescan.</summary>
    public void Wake() => _wake.Release();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        try
        {
            spool.RemoveLeftovers();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogSpoolFailed(logger, spool.Directory, exception.Message);
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            var allSent = true;
            try
            {
                foreach (var fax in spool.Scan())
                {
                    if (!await TryUploadAsync(fax, cancellationToken))
                    {
                        allSent = false;
                        break;
                    }
                }

                if (allSent)
                {
                    failures = 0;
                    await _wake.WaitAsync(Rescan, cancellationToken);
                }
                else
                {
                    await Task.Delay(_backoff.DelayAfter(failures++), time, cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
            {
                LogSpoolFailed(logger, spool.Directory, exception.Message);
                await Task.Delay(_backoff.DelayAfter(failures++), time, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>True when the fax left the spool (delivered, or set aside as refused for good); false to retry later.</summary>
    private async Task<bool> TryUploadAsync(SpooledFax fax, CancellationToken cancellationToken)
    {
        try
        {
            var receipt = await UploadAsync(fax, cancellationToken);
            spool.Delete(fax);
            LogUploaded(logger, fax.Header.LineId, fax.Header.PageCount, receipt.FaxId, receipt.Duplicate);
            return true;
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.InvalidArgument or StatusCode.PermissionDenied)
        {
            spool.Reject(fax);
            LogRejected(logger, fax.Header.LineId, exception.StatusCode.ToString(), exception.Status.Detail);
            return true;
        }
        catch (RpcException exception)
        {
            if (exception.StatusCode == StatusCode.Unauthenticated)
            {
                client.Tokens.Forget();
            }

            LogRetry(logger, fax.Header.LineId, exception.StatusCode.ToString());
            return false;
        }
        catch (HttpRequestException exception)
        {
            LogRetry(logger, fax.Header.LineId, exception.Message);
            return false;
        }
    }

    private async Task<ReceivedFaxReceipt> UploadAsync(SpooledFax fax, CancellationToken cancellationToken)
    {
        var header = fax.Header;
        var headers = await client.Tokens.HeadersAsync(cancellationToken);
        using var call = client.Link.UploadReceivedFax(headers, time.GetUtcNow().UtcDateTime.AddMinutes(10), cancellationToken);
        await call.RequestStream.WriteAsync(new ReceivedFaxUpload
        {
            Header = new ReceivedFaxHeader
            {
                IdempotencyKey = header.IdempotencyKey,
                LineId = header.LineId,
                CalledNumber = header.CalledNumber,
                RemoteId = header.RemoteId,
                PageCount = header.PageCount,
                ReceivedAt = Timestamp.FromDateTimeOffset(header.ReceivedAt),
                CallTime = Duration.FromTimeSpan(TimeSpan.FromMilliseconds(header.CallTimeMilliseconds)),
                BitRate = header.BitRate,
                Ecm = header.Ecm,
                SizeBytes = header.SizeBytes,
                Sha256 = header.Sha256,
            },
        }, cancellationToken);

        await using (var tiff = File.OpenRead(fax.TiffPath))
        {
            var buffer = new byte[ChunkBytes];
            int read;
            while ((read = await tiff.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken)) > 0)
            {
                await call.RequestStream.WriteAsync(new ReceivedFaxUpload { Chunk = ByteString.CopyFrom(buffer, 0, read) }, cancellationToken);
            }
        }

        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Line {Line}: received fax of {Pages} page(s) delivered to the core as {FaxId} (already there: {Duplicate})")]
    private static partial void LogUploaded(ILogger logger, string line, int pages, string faxId, bool duplicate);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Line {Line}: received fax not delivered yet ({Reason}); retrying")]
    private static partial void LogRetry(ILogger logger, string line, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Line {Line}: the core refused a received fax for good ({Status}: {Detail}); it is kept in the spool's rejected folder")]
    private static partial void LogRejected(ILogger logger, string line, string status, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "The spool {Directory} cannot be read: {Reason}")]
    private static partial void LogSpoolFailed(ILogger logger, string directory, string reason);
}
