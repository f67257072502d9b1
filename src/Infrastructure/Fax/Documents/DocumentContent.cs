namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>Reads a document into memory, stopping as soon as it passes the size limit.</summary>
internal static class DocumentContent
{
    /// <summary>The bytes, or null if there are more than <paramref name="maximumBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream content, long maximumBytes, CancellationToken cancellationToken)
    {
        if (content.CanSeek && content.Length - content.Position > maximumBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maximumBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
