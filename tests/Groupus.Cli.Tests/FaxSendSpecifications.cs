using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Tests.Harness;

namespace Groupus.Cli.Tests;

public sealed class FaxSendSpecifications : CliSpecification
{
    [Fact]
    public async Task Sending_uploads_the_header_then_the_document_in_64_KiB_chunks_and_follows_the_job_until_it_is_done()
    {
        await LoggedInAsAliceAsync();
        var document = Document("letter.pdf", 150_000);
        Backend.OnStream<UploadFaxRequest, FaxJob>(_ => FaxJobs.Ready());
        Backend.On<GetFaxJobRequest, IEnumerable<FaxJob>>(_ => [FaxJobs.Ready(), FaxJobs.Sending(1), FaxJobs.Sending(2), FaxJobs.Done()]);

        var result = await Cli.RunAsync(
            "fax", "send", "--to", "020 7946 0000", document, "--fine", "--priority", "5", "--cover-from", "Alice", "--cover-to", "Bob", "--cover-subject", "Lease");

        Assert.Equal(0, result.ExitCode);
        var parts = Backend.RequestsOf<UploadFaxRequest>().ToList();
        var header = parts[0].Header;
        Assert.Equal("020 7946 0000", header.To);
        Assert.Equal(FaxResolution.Fine, header.Resolution);
        Assert.Equal(5, header.Priority);
        Assert.Equal(new CoverPage { From = "Alice", To = "Bob", Subject = "Lease" }, header.Cover);
        Assert.Null(header.NotBefore);
        Assert.Equal([65_536, 65_536, 18_928], parts.Skip(1).Select(part => part.Chunk.Length));
        Assert.Equal(File.ReadAllBytes(document), parts.Skip(1).SelectMany(part => part.Chunk.ToByteArray()));
        Assert.Equal(FaxJobs.JobId, Assert.Single(Backend.RequestsOf<GetFaxJobRequest>()).JobId);
        Assert.Contains($"Fax job {FaxJobs.JobId} queued: 2 pages to +442079460000.", result.Output);
        Assert.Contains("ready: 0 of 2 pages confirmed, try 0 of 3", result.Output);
        Assert.Contains("active, transferring page 2: 1 of 2 pages confirmed, try 1 of 3", result.Output);
        Assert.Contains("  page 1: confirmed (14400 bit/s, ECM)", result.Output);
        Assert.Contains("  page 2: sending", result.Output);
        Assert.Contains("done: 2 of 2 pages confirmed, try 1 of 3", result.Output);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Not_before_is_sent_as_the_instant_it_means_in_the_users_time_zone()
    {
        await LoggedInAsAliceAsync();
        Cli.TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        Backend.OnStream<UploadFaxRequest, FaxJob>(_ => FaxJobs.Ready());

        var result = await Cli.RunAsync("fax", "send", "--to", "020 7946 0000", Document("a.txt", 10), "--not-before", "2026-07-01T08:00", "--no-wait");

        Assert.Equal(0, result.ExitCode);
        var header = Backend.RequestsOf<UploadFaxRequest>().First().Header;
        Assert.Equal(Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 7, 1, 7, 0, 0, TimeSpan.Zero)), header.NotBefore);
    }

    [Fact]
    public async Task With_no_wait_the_job_is_printed_and_not_followed()
    {
        await LoggedInAsAliceAsync();
        Backend.OnStream<UploadFaxRequest, FaxJob>(_ => FaxJobs.Ready(pages: 1));

        var result = await Cli.RunAsync("fax", "send", "--to", "020 7946 0000", Document("note.txt", 100), "--no-wait");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Fax job {FaxJobs.JobId} queued: 1 page to +442079460000.", result.Output);
        Assert.Contains($"groupus fax watch {FaxJobs.JobId}", result.Output);
        Assert.Empty(Backend.RequestsOf<GetFaxJobRequest>());
    }

    [Fact]
    public async Task A_job_that_fails_exits_11_with_its_last_error()
    {
        await LoggedInAsAliceAsync();
        Backend.OnStream<UploadFaxRequest, FaxJob>(_ => FaxJobs.Ready());
        Backend.On<GetFaxJobRequest, IEnumerable<FaxJob>>(_ => [FaxJobs.Ready(), FaxJobs.Failed()]);

        var result = await Cli.RunAsync("fax", "send", "--to", "020 7946 0000", Document("letter.pdf", 10));

        Assert.Equal(11, result.ExitCode);
        Assert.Contains("  page 1: refused (2 copies refused; The receiver refused the page (RTN).)", result.Output);
        Assert.Contains($"Fax job {FaxJobs.JobId} failed after 3 of 3 tries: The number did not answer. (NO_ANSWER)", result.Error);
    }

    [Fact]
    public async Task A_job_cancelled_while_it_is_followed_exits_12()
    {
        await LoggedInAsAliceAsync();
        Backend.OnStream<UploadFaxRequest, FaxJob>(_ => FaxJobs.Ready());
        Backend.On<GetFaxJobRequest, IEnumerable<FaxJob>>(_ => [FaxJobs.Ready(), FaxJobs.Cancelled()]);

        var result = await Cli.RunAsync("fax", "send", "--to", "020 7946 0000", Document("letter.pdf", 10));

        Assert.Equal(12, result.ExitCode);
        Assert.Contains($"Fax job {FaxJobs.JobId} was cancelled", result.Error);
    }

    [Fact]
    public async Task Ctrl_c_stops_following_without_cancelling_the_job_and_exits_130()
    {
        await LoggedInAsAliceAsync();
        Backend.OnStream<UploadFaxRequest, FaxJob>(_ => FaxJobs.Ready());
        Backend.On<GetFaxJobRequest, IEnumerable<FaxJob>>(_ => [FaxJobs.Ready(), FaxJobs.Sending(1)]);
        using var ctrlC = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        var result = await Cli.RunAsync(["fax", "send", "--to", "020 7946 0000", Document("letter.pdf", 10)], null, ctrlC.Token);

        Assert.Equal(130, result.ExitCode);
        Assert.Contains("  page 1: sending", result.Output);
        Assert.Contains($"Fax job {FaxJobs.JobId} was not cancelled; watch it again with: groupus fax watch {FaxJobs.JobId}", result.Error);
        Assert.Empty(Backend.RequestsOf<CancelFaxJobRequest>());
    }

    [Fact]
    public async Task Json_output_while_following_is_one_line_of_protobuf_json_per_change()
    {
        await LoggedInAsAliceAsync();
        Backend.OnStream<UploadFaxRequest, FaxJob>(_ => FaxJobs.Ready());
        Backend.On<GetFaxJobRequest, IEnumerable<FaxJob>>(_ => [FaxJobs.Ready(), FaxJobs.Sending(1), FaxJobs.Done()]);

        var result = await Cli.RunAsync("fax", "send", "--to", "020 7946 0000", Document("letter.pdf", 10), "--output", "json");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([FaxJobs.Ready(), FaxJobs.Sending(1), FaxJobs.Done()], lines.Select(line => JsonParser.Default.Parse<FaxJob>(line)));
        Assert.Equal("FAX_JOB_STATE_DONE", JsonDocument.Parse(lines[^1]).RootElement.GetProperty("state").GetString());
    }

    [Fact]
    public async Task At_a_terminal_the_job_is_shown_live_with_a_row_per_page()
    {
        await LoggedInAsAliceAsync();
        Cli.Interactive = true;
        Backend.OnStream<UploadFaxRequest, FaxJob>(_ => FaxJobs.Ready());
        Backend.On<GetFaxJobRequest, IEnumerable<FaxJob>>(_ => [FaxJobs.Ready(), FaxJobs.Sending(2), FaxJobs.Done()]);

        var result = await Cli.RunAsync("fax", "send", "--to", "020 7946 0000", Document("letter.pdf", 10));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Fax job {FaxJobs.JobId} to +442079460000", result.Output);
        Assert.Contains("State: active (transferring)", result.Output);
        Assert.Contains("State: done", result.Output);
        Assert.Contains("2 of 2 pages confirmed", result.Output);
        Assert.Contains("sending", result.Output);
        Assert.Contains("Ctrl+C stops watching; the fax job carries on.", result.Output);
        Assert.Contains("\u001b[", result.Output);
    }

    [Fact]
    public async Task Watching_a_job_already_done_shows_it_and_exits_0()
    {
        await LoggedInAsAliceAsync();
        Backend.On<GetFaxJobRequest, FaxJob>(_ => FaxJobs.Done());
        Backend.On<GetFaxJobRequest, IEnumerable<FaxJob>>(_ => [FaxJobs.Done()]);

        var result = await Cli.RunAsync("fax", "watch", FaxJobs.JobId);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("done: 2 of 2 pages confirmed", result.Output);
    }

    [Fact]
    public async Task A_missing_document_exits_2_before_calling_the_server()
    {
        await LoggedInAsAliceAsync();
        var callsBefore = Backend.Calls.Count;
        var missing = Path.Combine(Cli.ConfigHome, "no-such-letter.pdf");

        var result = await Cli.RunAsync("fax", "send", "--to", "020 7946 0000", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{missing}: no such file.", result.Error);
        Assert.Equal(callsBefore, Backend.Calls.Count);
    }

    [Fact]
    public async Task A_folder_instead_of_a_document_exits_2_before_calling_the_server()
    {
        await LoggedInAsAliceAsync();
        var callsBefore = Backend.Calls.Count;

        var result = await Cli.RunAsync("fax", "send", "--to", "020 7946 0000", Cli.ConfigHome);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a folder", result.Error);
        Assert.Equal(callsBefore, Backend.Calls.Count);
    }

    [Fact]
    public async Task An_invalid_number_prints_the_to_violation_and_exits_5()
    {
        await LoggedInAsAliceAsync();
        Backend.OnStream<UploadFaxRequest, FaxJob>(_ => throw Invalid("to", "\"12\" is not a telephone number."));

        var result = await Cli.RunAsync("fax", "send", "--to", "12", Document("letter.pdf", 10));

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("  to: \"12\" is not a telephone number.", result.Error);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task An_unsupported_document_prints_the_document_violation_and_exits_5()
    {
        await LoggedInAsAliceAsync();
        Backend.OnStream<UploadFaxRequest, FaxJob>(_ => throw Invalid("document", "The document looks like a ZIP archive; a fax can be sent from PDF, …"));

        var result = await Cli.RunAsync("fax", "send", "--to", "020 7946 0000", Document("archive.zip", 10));

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("  document: The document looks like a ZIP archive", result.Error);
    }

    [Theory]
    [InlineData("fax", "send", "letter.pdf")]
    [InlineData("fax", "send", "--to", "020 7946 0000")]
    [InlineData("fax", "send", "--to", "020 7946 0000", "letter.pdf", "--priority", "10")]
    [InlineData("fax", "send", "--to", "020 7946 0000", "letter.pdf", "--priority", "urgent")]
    [InlineData("fax", "send", "--to", "020 7946 0000", "letter.pdf", "--not-before", "soon")]
    [InlineData("fax", "send", "--to", "020 7946 0000", "letter.pdf", "--cover-subject", "Lease")]
    [InlineData("fax", "send", "--to", "020 7946 0000", "letter.pdf", "--cover-from", "Alice")]
    [InlineData("fax", "list", "--state", "lost")]
    [InlineData("fax", "status")]
    [InlineData("fax", "route", "fax-1")]
    [InlineData("fax", "download")]
    public async Task Bad_fax_arguments_exit_2_without_calling_the_server(params string[] args)
    {
        await LoggedInAsAliceAsync();
        Document("letter.pdf", 10);
        var callsBefore = Backend.Calls.Count;

        var result = await Cli.RunAsync([.. args.Select(arg => arg == "letter.pdf" ? Path.Combine(Cli.ConfigHome, arg) : arg)]);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Error);
        Assert.Equal(callsBefore, Backend.Calls.Count);
    }

    private string Document(string name, int bytes)
    {
        var path = Path.Combine(Cli.ConfigHome, name);
        File.WriteAllBytes(path, [.. Enumerable.Range(0, bytes).Select(i => (byte)(i * 7))]);
        return path;
    }

    private static RpcException Invalid(string field, string description) => new Google.Rpc.Status
    {
        Code = (int)Code.InvalidArgument,
        Message = "The fax is not valid.",
        Details = { Any.Pack(new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = field, Description = description } } }) },
    }.ToRpcException();
}
