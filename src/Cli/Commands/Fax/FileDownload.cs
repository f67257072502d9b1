using System.Globalization;
using Grpc.Core;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Errors;

namespace Groupus.Cli.Commands.Fax;

/// <summary>
/// Streams a file the server sends in chunks into a new file beside the target, then moves it into place, so the target
/// only ever holds a whole download. The new file is created before the call, so a folder that cannot be written costs no call.
/// </summary>
internal static class FileDownload
{
    public static async Task<SavedFile> SaveAsync(DownloadTarget target, Func<AsyncServerStreamingCall<FileChunk>> start, CancellationToken cancellationToken)
    {
        var partial = Path.Combine(Path.GetDirectoryName(target.Path)!, $".{Path.GetFileName(target.Path)}.{Guid.NewGuid():N}.partial");
        try
        {
            var saved = await WriteAsync(partial, target, start, cancellationToken);
            MoveIntoPlace(partial, target);
            return saved;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static async Task<SavedFile> WriteAsync(
        string partial, DownloadTarget target, Func<AsyncServerStreamingCall<FileChunk>> start, CancellationToken cancellationToken)
    {
        await using var file = CreateNew(partial, target);
        using var call = start();
        var (first, contentType, expected, written) = (true, "", -1L, 0L);
        await foreach (var chunk in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            if (first)
            {
                // Only the first chunk says what the file is and how big.
                (first, contentType, expected) = (false, chunk.ContentType, chunk.ContentType.Length > 0 ? chunk.TotalBytes : -1);
            }

            await file.WriteAsync(chunk.Data.Memory, cancellationToken);
            written += chunk.Data.Length;
        }

        if (expected >= 0 && written != expected)
        {
            throw new CliFailure(ExitCodes.Unexpected, string.Create(CultureInfo.InvariantCulture, $"The download stopped after {written:N0} of {expected:N0} bytes; nothing was saved."));
        }

        return new SavedFile(target.Shown, contentType, written);
    }

    private static FileStream CreateNew(string partial, DownloadTarget target)
    {
        try
        {
            return new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous);
        }
        catch (UnauthorizedAccessException)
        {
            throw CliFailure.Usage($"Cannot save {target.Shown}: permission denied.");
        }
        catch (IOException exception)
        {
            throw CliFailure.Usage($"Cannot save {target.Shown}: {exception.Message}");
        }
    }

    private static void MoveIntoPlace(string partial, DownloadTarget target)
    {
        try
        {
            File.Move(partial, target.Path, overwrite: target.Replace);
        }
        catch (IOException) when (!target.Replace && File.Exists(target.Path))
        {
            throw CliFailure.Usage($"{target.Shown} appeared while downloading; add --force to replace it. Nothing was saved.");
        }
    }
}
