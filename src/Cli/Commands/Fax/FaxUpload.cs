using Google.Protobuf;
using Grpc.Core;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Connection;

namespace Groupus.Cli.Commands.Fax;

/// <summary>Sends a document of any size with UploadFax: the header first, then the document in 64 KiB chunks.</summary>
internal static class FaxUpload
{
    public const int ChunkSize = 64 * 1024;

    public static async Task<FaxJob> SendAsync(GroupusClient client, SubmitFaxRequest header, Stream document, CancellationToken cancellationToken)
    {
        using var call = client.Fax.UploadFax();
        try
        {
            await call.RequestStream.WriteAsync(new UploadFaxRequest { Header = header }, cancellationToken);
            var buffer = new byte[ChunkSize];
            int read;
            while ((read = await document.ReadAtLeastAsync(buffer, ChunkSize, throwOnEndOfStream: false, cancellationToken)) > 0)
            {
                await call.RequestStream.WriteAsync(new UploadFaxRequest { Chunk = ByteString.CopyFrom(buffer, 0, read) }, cancellationToken);
            }

            await call.RequestStream.CompleteAsync();
        }
        catch (Exception exception) when (exception is RpcException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            // The server may answer before it has the whole document (for example when it passes the size limit);
            // its answer, awaited below, says why, where the failed write only says that the call is over.
        }

        return await call.ResponseAsync;
    }
}
