using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Grpc.Core;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Errors;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Privacy;

/// <summary>
/// Downloads an access or portability package: a single-use token, then the zip in chunks into a file beside the
/// target, checked against the size and SHA-256 the server announced before it is moved into place.
/// </summary>
internal sealed class ExportRequestCommand : Command
{
    private readonly Argument<string> requestId = PrivacyArguments.RequestId();
    private readonly Option<string> output = new("--out") { Description = "The file to save the package (a zip) to", Required = true, HelpName = "FILE" };
    private readonly Option<bool> force = new("--force") { Description = "Replace the file if it exists" };

    public ExportRequestCommand(CommandRunner runner)
        : base("export", "Download a completed access or portability request's package, checking its size and SHA-256 (privacy-officer, admin)")
    {
        Arguments.Add(requestId);
        Options.Add(output);
        Options.Add(force);
        runner.SetAction(this, async context =>
        {
            var path = Path.GetFullPath(context.Get(output));
            var shown = context.Get(output);
            if (File.Exists(path) && !context.Get(force))
            {
                throw CliFailure.Usage($"{shown} exists; add --force to replace it.");
            }

            if (Path.GetDirectoryName(path) is { } folder && !Directory.Exists(folder))
            {
                throw CliFailure.Usage($"Cannot save {shown}: the folder {folder} does not exist.");
            }

            using var client = context.ConnectAsStaff();
            var issued = await client.Privacy.IssueExportDownloadAsync(new IssueExportDownloadRequest { RequestId = context.Get(requestId) });
            var saved = await SaveAsync(path, shown, context.Get(force), () => client.Privacy.DownloadExport(new DownloadExportRequest { Token = issued.Token }), issued, context.CancellationToken);
            context.Output.Show(saved, PrivacyJsonContext.Default.SavedExport, Say.Line(string.Create(CultureInfo.InvariantCulture,
                $"Saved {saved.File} ({saved.Bytes:N0} bytes, SHA-256 {saved.Sha256}). The download token is now spent.")));
        });
    }

    private static async Task<SavedExport> SaveAsync(
        string path, string shown, bool replace, Func<AsyncServerStreamingCall<ExportChunk>> start, IssueExportDownloadResponse issued, CancellationToken cancellationToken)
    {
        var partial = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.partial");
        try
        {
            long written = 0;
            string fileName = "";
            byte[] digest;
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous))
            using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            using (var call = start())
            {
                await foreach (var chunk in call.ResponseStream.ReadAllAsync(cancellationToken))
                {
                    if (chunk.FileName.Length > 0)
                    {
                        fileName = chunk.FileName;
                    }

                    sha.AppendData(chunk.Data.Span);
                    await file.WriteAsync(chunk.Data.Memory, cancellationToken);
                    written += chunk.Data.Length;
                }

                digest = sha.GetHashAndReset();
            }

            var actual = Convert.ToHexStringLower(digest);
            if (issued.SizeBytes > 0 && written != issued.SizeBytes)
            {
                throw new CliFailure(ExitCodes.Unexpected, string.Create(CultureInfo.InvariantCulture,
                    $"The download stopped after {written:N0} of {issued.SizeBytes:N0} bytes; nothing was saved."));
            }

            if (issued.Sha256.Length > 0 && !string.Equals(actual, issued.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw new CliFailure(ExitCodes.Unexpected, "The package downloaded does not match the SHA-256 the server announced; nothing was saved.");
            }

            File.Move(partial, path, overwrite: replace);
            return new SavedExport(shown, fileName, written, actual);
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
