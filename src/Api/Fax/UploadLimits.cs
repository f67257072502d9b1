using Groupus.Application.Fax.Documents;
using Groupus.Api.Grpc.Errors;

namespace Groupus.Api.Fax;

/// <summary>Reassembles a chunked upload, refusing it as soon as it passes the document size limit.</summary>
internal static class UploadLimits
{
    public static void Append(MemoryStream buffer, ReadOnlySpan<byte> chunk, long maximumBytes)
    {
        if (buffer.Length + chunk.Length > maximumBytes)
        {
            throw new ResultFailureException(FaxDocumentErrors.TooLarge(maximumBytes));
        }

        buffer.Write(chunk);
    }
}
