using Google.Protobuf;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Application.Fax;
using Grpc.Core;

namespace Groupus.Api.Fax;

/// <summary>Streams a file in chunks well under gRPC's message limit; the first carries the type and size.</summary>
internal static class FileChunks
{
    public const int ChunkSize = 64 * 1024;

    public static async Task WriteAsync(FaxFile file, IServerStreamWriter<FileChunk> stream, CancellationToken cancellationToken)
    {
        for (var offset = 0; offset < file.Content.Length || offset == 0; offset += ChunkSize)
        {
            var length = Math.Min(ChunkSize, file.Content.Length - offset);
            var chunk = new FileChunk { Data = ByteString.CopyFrom(file.Content, offset, length) };
            if (offset == 0)
            {
                chunk.ContentType = file.ContentType;
                chunk.TotalBytes = file.Content.Length;
            }

            await stream.WriteAsync(chunk, cancellationToken);
            if (file.Content.Length == 0)
            {
                return;
            }
        }
    }
}
