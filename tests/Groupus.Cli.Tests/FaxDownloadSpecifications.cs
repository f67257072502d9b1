using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Tests.Harness;

namespace Groupus.Cli.Tests;

public sealed class FaxDownloadSpecifications : CliSpecification
{
    private static readonly byte[] Tiff = [.. "II*\0"u8, .. Enumerable.Range(0, 100_000).Select(i => (byte)i)];

    [Fact]
    public async Task Downloading_a_job_streams_every_chunk_into_the_file()
    {
        await LoggedInAsAliceAsync();
        Backend.On<DownloadFaxJobRequest, IEnumerable<FileChunk>>(_ => Chunks(Tiff, "image/tiff"));
        var file = Path.Combine(Cli.ConfigHome, "pages.tif");

        var result = await Cli.RunAsync("fax", "download", FaxJobs.JobId, "--file", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Tiff, File.ReadAllBytes(file));
        var request = Assert.Single(Backend.RequestsOf<DownloadFaxJobRequest>());
        Assert.Equal((FaxJobs.JobId, DocumentFormat.Tiff), (request.JobId, request.Format));
        Assert.Contains($"Saved {file} (image/tiff, 100,004 bytes).", result.Output);
        Assert.Equal([file], Directory.GetFiles(Cli.ConfigHome, "*pages*"));
    }

    [Fact]
    public async Task With_pdf_the_pdf_is_asked_for_and_json_output_describes_the_file()
    {
        await LoggedInAsAliceAsync();
        Backend.On<DownloadFaxJobRequest, IEnumerable<FileChunk>>(_ => Chunks("%PDF-1.7 pages"u8.ToArray(), "application/pdf"));
        var file = Path.Combine(Cli.ConfigHome, "pages.pdf");

        var result = await Cli.RunAsync("fax", "download", FaxJobs.JobId, "--pdf", "-f", file, "-o", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(DocumentFormat.Pdf, Assert.Single(Backend.RequestsOf<DownloadFaxJobRequest>()).Format);
        var saved = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal((file, "application/pdf", 14), (saved.GetProperty("file").GetString(), saved.GetProperty("contentType").GetString(), saved.GetProperty("bytes").GetInt32()));
    }

    [Fact]
    public async Task An_existing_file_is_not_replaced_without_force_and_the_server_is_not_called()
    {
        await LoggedInAsAliceAsync();
        var file = Path.Combine(Cli.ConfigHome, "pages.tif");
        File.WriteAllText(file, "keep me");
        var callsBefore = Backend.Calls.Count;

        var result = await Cli.RunAsync("fax", "download", FaxJobs.JobId, "--file", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("already exists; add --force", result.Error);
        Assert.Equal("keep me", File.ReadAllText(file));
        Assert.Equal(callsBefore, Backend.Calls.Count);
    }

    [Fact]
    public async Task With_force_an_existing_file_is_replaced()
    {
        await LoggedInAsAliceAsync();
        Backend.On<DownloadFaxJobRequest, IEnumerable<FileChunk>>(_ => Chunks(Tiff, "image/tiff"));
        var file = Path.Combine(Cli.ConfigHome, "pages.tif");
        File.WriteAllText(file, "old");

        var result = await Cli.RunAsync("fax", "download", FaxJobs.JobId, "--file", file, "--force");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Tiff, File.ReadAllBytes(file));
    }

    [Fact]
    public async Task A_failed_download_leaves_no_file_behind()
    {
        await LoggedInAsAliceAsync();
        Backend.Fail<DownloadFaxJobRequest>(new RpcException(new Status(StatusCode.NotFound, "The fax job was not found.")));
        var folder = Directory.CreateDirectory(Path.Combine(Cli.ConfigHome, "downloads")).FullName;

        var result = await Cli.RunAsync("fax", "download", FaxJobs.JobId, "--file", Path.Combine(folder, "pages.tif"));

        Assert.Equal(6, result.ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public async Task A_download_cut_short_is_not_saved()
    {
        await LoggedInAsAliceAsync();
        Backend.On<DownloadFaxJobRequest, IEnumerable<FileChunk>>(_ => Chunks(Tiff, "image/tiff").Take(1));
        var folder = Directory.CreateDirectory(Path.Combine(Cli.ConfigHome, "downloads")).FullName;

        var result = await Cli.RunAsync("fax", "download", FaxJobs.JobId, "--file", Path.Combine(folder, "pages.tif"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("The download stopped after 65,536 of 100,004 bytes", result.Error);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_exits_2_before_calling_the_server()
    {
        await LoggedInAsAliceAsync();
        var callsBefore = Backend.Calls.Count;

        var result = await Cli.RunAsync("fax", "download", FaxJobs.JobId, "--file", Path.Combine(Cli.ConfigHome, "missing", "pages.tif"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Error);
        Assert.Equal(callsBefore, Backend.Calls.Count);
    }

    [Fact]
    public async Task A_received_fax_is_downloaded_the_same_way()
    {
        await LoggedInAsAliceAsync();
        Backend.On<DownloadReceivedFaxRequest, IEnumerable<FileChunk>>(_ => Chunks(Tiff, "image/tiff"));
        var file = Path.Combine(Cli.ConfigHome, "received.tif");

        var result = await Cli.RunAsync("fax", "received", "download", "fax-1", "--file", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("fax-1", Assert.Single(Backend.RequestsOf<DownloadReceivedFaxRequest>()).FaxId);
        Assert.Equal(Tiff, File.ReadAllBytes(file));
    }

    private static IEnumerable<FileChunk> Chunks(byte[] content, string contentType)
    {
        for (var offset = 0; offset < content.Length; offset += 65_536)
        {
            var chunk = new FileChunk { Data = ByteString.CopyFrom(content, offset, Math.Min(65_536, content.Length - offset)) };
            if (offset == 0)
            {
                (chunk.ContentType, chunk.TotalBytes) = (contentType, content.Length);
            }

            yield return chunk;
        }
    }
}
