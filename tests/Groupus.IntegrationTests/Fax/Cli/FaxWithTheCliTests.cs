using System.Text.Json;
using Groupus.IntegrationTests.Fax.Documents;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Fax.Cli;

/// <summary>
/// Customers and staff send and manage faxes with the real CLI, in its own process, against the real server (real
/// Ghostscript rendering). No gateway is connected, so a queued job stays ready until it is cancelled.
/// </summary>
public sealed class FaxWithTheCliTests
{
    [Fact]
    public async Task A_customer_sends_a_pdf_follows_it_downloads_its_pages_and_cancels_it_with_the_cli()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var acme = await CustomerOrganisations.WithSignedInUserAsync(server, admin, "Acme Faxing Ltd", "olive");
        using var folder = new ScratchFolder();
        var letter = folder.Write("letter.pdf", await SampleDocuments.PdfAsync(pages: 2));
        var cli = await CustomerCliAsync(server, acme, "olive", folder.Path);

        var sent = await Expect(0, cli.RunAsync(null, "fax", "send", "--to", "020 7946 0000", "letter.pdf", "--no-wait", "--output", "json"));
        var job = JsonDocument.Parse(sent.Output).RootElement;
        var jobId = job.GetProperty("jobId").GetString()!;
        Assert.Equal(2, job.GetProperty("pageCount").GetInt32());
        Assert.Equal("FAX_JOB_STATE_READY", job.GetProperty("state").GetString());
        Assert.Equal("+442079460000", job.GetProperty("to").GetString());

        var status = await Expect(0, cli.RunAsync(null, "fax", "status", jobId));
        var listed = await Expect(0, cli.RunAsync(null, "fax", "list", "--state", "ready", "--all", "--output", "json"));
        Assert.Contains("ready", status.Output, StringComparison.Ordinal);
        Assert.Contains("0 of 2 pages confirmed", status.Output, StringComparison.Ordinal);
        Assert.Equal([jobId], Jobs(listed).Select(listedJob => listedJob.GetProperty("jobId").GetString()));

        await Expect(0, cli.RunAsync(null, "fax", "download", jobId));
        await Expect(0, cli.RunAsync(null, "fax", "download", jobId, "--pdf"));
        var tiff = Path.Combine(folder.Path, $"fax-{jobId}.tif");
        var pdf = Path.Combine(folder.Path, $"fax-{jobId}.pdf");
        Assert.Equal("II*\0"u8.ToArray(), File.ReadAllBytes(tiff)[..4]);
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(pdf)[..5]);
        var tiffInfo = await ExternalTool.RunSuccessfullyAsync("tiffinfo", tiff);
        Assert.Equal(2, tiffInfo.Split("TIFF Directory at offset").Length - 1);
        var again = await Expect(2, cli.RunAsync(null, "fax", "download", jobId));
        Assert.Contains("already exists; add --force", again.Error, StringComparison.Ordinal);
        await Expect(0, cli.RunAsync(null, "fax", "download", jobId, "--force", "--file", "copy.tif"));
        Assert.Equal(File.ReadAllBytes(tiff), File.ReadAllBytes(Path.Combine(folder.Path, "copy.tif")));

        var cancelled = await Expect(0, cli.RunAsync(null, "fax", "cancel", jobId));
        Assert.Contains($"Cancelled fax job {jobId}", cancelled.Output, StringComparison.Ordinal);
        var afterCancel = await Expect(0, cli.RunAsync(null, "fax", "status", jobId, "--output", "json"));
        Assert.Equal("FAX_JOB_STATE_CANCELLED", JsonDocument.Parse(afterCancel.Output).RootElement.GetProperty("state").GetString());
        var twice = await Expect(8, cli.RunAsync(null, "fax", "cancel", jobId));
        Assert.NotEmpty(twice.Error);
        await Expect(12, cli.RunAsync(null, "fax", "watch", jobId));
    }

    [Fact]
    public async Task Following_a_send_ends_with_exit_12_when_the_job_is_cancelled_meanwhile()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var acme = await CustomerOrganisations.WithSignedInUserAsync(server, admin, "Acme Faxing Ltd", "olive");
        using var folder = new ScratchFolder();
        folder.Write("letter.pdf", await SampleDocuments.PdfAsync(pages: 1));
        var cli = await CustomerCliAsync(server, acme, "olive", folder.Path);

        var following = cli.RunAsync(null, "fax", "send", "--to", "020 7946 0000", "letter.pdf");
        var jobId = await Eventually.ValueAsync(async () =>
        {
            var listed = await Expect(0, cli.RunAsync(null, "fax", "list", "--output", "json"));
            return Jobs(listed).Select(job => job.GetProperty("jobId").GetString()).SingleOrDefault();
        }, id => id is not null);
        await Expect(0, cli.RunAsync(null, "fax", "cancel", jobId!));
        var sent = await Expect(12, following);

        Assert.Contains($"Fax job {jobId} queued: 1 page to +442079460000.", sent.Output, StringComparison.Ordinal);
        Assert.Contains("ready: 0 of 1 page confirmed", sent.Output, StringComparison.Ordinal);
        Assert.Contains("cancelled: 0 of 1 page confirmed", sent.Output, StringComparison.Ordinal);
        Assert.Contains($"Fax job {jobId} was cancelled", sent.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_numbers_unsupported_and_missing_files_are_refused_with_their_exit_codes()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var acme = await CustomerOrganisations.WithSignedInUserAsync(server, admin, "Acme Faxing Ltd", "olive");
        using var folder = new ScratchFolder();
        folder.Write("letter.pdf", await SampleDocuments.PdfAsync(pages: 1));
        folder.Write("archive.zip", [.. "PK\x03\x04"u8, .. new byte[100]]);
        var cli = await CustomerCliAsync(server, acme, "olive", folder.Path);

        var badNumber = await Expect(5, cli.RunAsync(null, "fax", "send", "--to", "12", "letter.pdf", "--no-wait"));
        var unsupported = await Expect(5, cli.RunAsync(null, "fax", "send", "--to", "020 7946 0000", "archive.zip", "--no-wait"));
        var missing = await Expect(2, cli.RunAsync(null, "fax", "send", "--to", "020 7946 0000", "no-such-letter.pdf", "--no-wait"));
        var unknownJob = await Expect(6, cli.RunAsync(null, "fax", "status", Guid.NewGuid().ToString()));
        var listed = await Expect(0, cli.RunAsync(null, "fax", "list", "--output", "json"));

        Assert.Contains("  to: ", badNumber.Error, StringComparison.Ordinal);
        Assert.Contains("  document: ", unsupported.Error, StringComparison.Ordinal);
        Assert.Contains("ZIP archive", unsupported.Error, StringComparison.Ordinal);
        Assert.Contains("no-such-letter.pdf: no such file.", missing.Error, StringComparison.Ordinal);
        Assert.Contains("Not found", unknownJob.Error, StringComparison.Ordinal);
        Assert.Empty(Jobs(listed));
        Assert.Empty(missing.Output);
    }

    [Fact]
    public async Task A_customer_sees_only_their_own_organisations_faxes_and_staff_see_every_organisations()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var acme = await CustomerOrganisations.WithSignedInUserAsync(server, admin, "Acme Faxing Ltd", "olive");
        var bolt = await CustomerOrganisations.WithSignedInUserAsync(server, admin, "Bolt Printing Ltd", "bert");
        await server.StaffAsync("fiona", "fax-operator");
        using var folder = new ScratchFolder();
        folder.Write("letter.pdf", await SampleDocuments.PdfAsync(pages: 1));
        var olive = await CustomerCliAsync(server, acme, "olive", folder.Path);
        var bert = await CustomerCliAsync(server, bolt, "bert", folder.Path);
        var fiona = new CliProcess(server.Address) { WorkingDirectory = folder.Path };
        await Expect(0, fiona.RunAsync($"{TestServer.StrongPassword}\n", "login", "--username", "fiona", "--password-stdin"));

        var sent = await Expect(0, olive.RunAsync(null, "fax", "send", "--to", "020 7946 0000", "letter.pdf", "--no-wait", "--output", "json"));
        var jobId = JsonDocument.Parse(sent.Output).RootElement.GetProperty("jobId").GetString()!;
        var forAcme = await Expect(0, fiona.RunAsync(null, "fax", "send", "--org", acme.OrganisationId, "--to", "020 7946 0001", "letter.pdf", "--no-wait", "--priority", "9"));
        var staffWithoutOrganisation = await Expect(5, fiona.RunAsync(null, "fax", "send", "--to", "020 7946 0001", "letter.pdf", "--no-wait"));

        Assert.Empty(Jobs(await Expect(0, bert.RunAsync(null, "fax", "list", "--output", "json"))));
        await Expect(6, bert.RunAsync(null, "fax", "status", jobId));
        await Expect(6, bert.RunAsync(null, "fax", "cancel", jobId));
        await Expect(6, bert.RunAsync(null, "fax", "download", jobId));
        Assert.False(File.Exists(Path.Combine(folder.Path, $"fax-{jobId}.tif")));
        Assert.Equal(2, Jobs(await Expect(0, olive.RunAsync(null, "fax", "list", "--output", "json"))).Count);
        Assert.Equal(2, Jobs(await Expect(0, fiona.RunAsync(null, "fax", "list", "--org", acme.OrganisationId, "--output", "json"))).Count);
        Assert.Contains("queued: 1 page", forAcme.Output, StringComparison.Ordinal);
        Assert.Contains("organisation", staffWithoutOrganisation.Error, StringComparison.Ordinal);
        Assert.Contains("No faxes received.", (await Expect(0, olive.RunAsync(null, "fax", "received", "list"))).Output, StringComparison.Ordinal);
        Assert.Contains("No unrouted faxes.", (await Expect(0, fiona.RunAsync(null, "fax", "unrouted"))).Output, StringComparison.Ordinal);
        await Expect(4, olive.RunAsync(null, "fax", "unrouted"));
    }

    private static async Task<CliProcess> CustomerCliAsync(TestServer server, CustomerSession session, string username, string workingDirectory)
    {
        var cli = new CliProcess(server.Address) { WorkingDirectory = workingDirectory };
        await Expect(0, cli.RunAsync($"{TestServer.StrongPassword}\n", "login", "--customer", "--org", session.OrganisationId, "--username", username, "--password-stdin"));
        return cli;
    }

    private static List<JsonElement> Jobs(CliRun listed) =>
        [.. JsonDocument.Parse(listed.Output).RootElement.GetProperty("jobs").EnumerateArray()];

    private static async Task<CliRun> Expect(int exitCode, Task<CliRun> run)
    {
        var result = await run;
        Assert.True(result.ExitCode == exitCode, $"Expected exit {exitCode}; got {result}");
        return result;
    }
}
