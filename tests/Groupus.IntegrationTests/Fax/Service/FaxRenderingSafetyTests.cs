using Google.Protobuf;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.IntegrationTests.Fax.Documents;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Fax.Service;

/// <summary>
/// Through the real server: a customer's PostScript cannot reach the server's data directory (placed under the
/// temporary folder, as the test server's is), and rendering is bounded: one render at a time when so configured,
/// the next one waiting or refused as busy, an endless program stopped by the processor limit.
/// </summary>
public sealed class FaxRenderingSafetyTests
{
    private const string To = "020 7946 0123";
    private static readonly byte[] EndlessPostScript = "%!PS\n{ 1 pop } loop\n"u8.ToArray();
    private static readonly byte[] Letter = "Dear Sir,\nplease find our order below.\n"u8.ToArray();

    [Fact]
    public async Task PostScript_reaching_for_the_data_directory_is_refused_with_a_reason_and_the_files_are_intact()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var customer = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        var victim = Path.Combine(server.DataDirectory, "victim.txt");
        var planted = Path.Combine(server.DataDirectory, "planted.txt");
        await File.WriteAllTextAsync(victim, "keep me");

        var read = await RpcFailure.Of(() => Submit(customer, HostilePostScript.Reads(server.DatabaseFile)));
        var write = await RpcFailure.Of(() => Submit(customer, HostilePostScript.Writes(planted)));
        var delete = await RpcFailure.OfTask(() => UploadAsync(customer, HostilePostScript.Deletes(victim)));
        var list = await RpcFailure.OfTask(() => UploadAsync(customer, HostilePostScript.Lists(server.DataDirectory)));
        var jobs = await customer.Fax.ListFaxJobsAsync(new ListFaxJobsRequest(), customer.Headers);

        Assert.All([read, write, delete, list], failure =>
        {
            Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
            Assert.Contains("document", failure.Violations.Keys);
        });
        Assert.All([read, write, delete], failure => Assert.Equal("DOCUMENT_FILE_ACCESS", failure.Reason));
        Assert.Contains("files on the server", read.Violations["document"], StringComparison.Ordinal);
        Assert.Equal("DOCUMENT_MALFORMED", list.Reason);
        Assert.Contains("no pages", list.Message, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(victim));
        Assert.False(File.Exists(planted));
        Assert.Empty(jobs.Jobs);
    }

    [Fact]
    public async Task With_one_render_slot_and_no_waiting_a_second_document_is_refused_as_busy_while_the_first_renders()
    {
        using var renders = new ScratchFolder();
        await using var server = await TestServer.StartAsync(settings: OneSlot(renders, waiting: 0));
        var admin = await server.AdminAsync();
        var alpha = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        var bravo = await FaxCustomer.CreateAsync(server, admin, "Bravo Gadgets Ltd", "bob-bravo");

        var endless = RpcFailure.Of(() => Submit(alpha, EndlessPostScript));
        await RenderingStartedAsync(renders);
        var busy = await RpcFailure.Of(() => Submit(bravo, Letter));
        var stopped = await endless;
        var afterwards = await Submit(bravo, Letter);

        Assert.Equal(StatusCode.ResourceExhausted, busy.StatusCode);
        Assert.Equal("FAX_RENDERING_BUSY", busy.Reason);
        Assert.Contains("busy", busy.Message, StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, stopped.StatusCode);
        Assert.Equal("DOCUMENT_TOO_COMPLEX", stopped.Reason);
        Assert.Contains("more than 2 s of processing", stopped.Message, StringComparison.Ordinal);
        Assert.Equal(1, afterwards.PageCount);
    }

    [Fact]
    public async Task With_one_render_slot_and_room_to_wait_a_second_document_waits_and_is_queued_after_the_first()
    {
        using var renders = new ScratchFolder();
        await using var server = await TestServer.StartAsync(settings: OneSlot(renders, waiting: 1));
        var admin = await server.AdminAsync();
        var alpha = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        var bravo = await FaxCustomer.CreateAsync(server, admin, "Bravo Gadgets Ltd", "bob-bravo");

        var endless = RpcFailure.Of(() => Submit(alpha, EndlessPostScript));
        await RenderingStartedAsync(renders);
        var waited = await Submit(bravo, Letter);
        var stopped = await endless;

        Assert.Equal("DOCUMENT_TOO_COMPLEX", stopped.Reason);
        Assert.Equal(1, waited.PageCount);
        var lines = server.Logs.Lines.ToList();
        int refusedAt = lines.FindIndex(line => line.Contains("Refused a fax document (PostScript): DOCUMENT_TOO_COMPLEX", StringComparison.Ordinal));
        int renderedAt = lines.FindIndex(line => line.Contains("Rendered a Text document", StringComparison.Ordinal));
        Assert.InRange(refusedAt, 0, renderedAt - 1);
    }

    private static string[] OneSlot(ScratchFolder renders, int waiting) =>
    [
        $"Fax:Documents:TemporaryDirectory={renders.Path}",
        "Fax:Documents:MaximumConcurrentRenders=1",
        $"Fax:Documents:MaximumWaitingRenders={waiting}",
        "Fax:Documents:GhostscriptCpuLimit=00:00:02",
    ];

    /// <summary>A render's private folder exists only while it holds a render slot.</summary>
    private static Task RenderingStartedAsync(ScratchFolder renders) =>
        Eventually.ValueAsync(() => Task.FromResult(Directory.EnumerateDirectories(renders.Path).Any()), started => started, attempts: 600);

    private static AsyncUnaryCall<FaxJob> Submit(FaxCustomer customer, byte[] document) =>
        customer.Fax.SubmitFaxAsync(new SubmitFaxRequest { To = To, Resolution = FaxResolution.Standard, Document = ByteString.CopyFrom(document) }, customer.Headers);

    private static async Task UploadAsync(FaxCustomer customer, byte[] document)
    {
        using var call = customer.Fax.UploadFax(customer.Headers);
        await call.RequestStream.WriteAsync(new UploadFaxRequest { Header = new SubmitFaxRequest { To = To, Resolution = FaxResolution.Standard } });
        await call.RequestStream.WriteAsync(new UploadFaxRequest { Chunk = ByteString.CopyFrom(document) });
        await call.RequestStream.CompleteAsync();
        await call.ResponseAsync;
    }
}
