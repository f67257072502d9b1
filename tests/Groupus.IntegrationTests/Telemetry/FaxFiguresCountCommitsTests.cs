using System.Security.Cryptography;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.IntegrationTests.Fax.Documents;
using Groupus.IntegrationTests.Fax.Service;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Telemetry;

/// <summary>
/// The fax counters count what the database kept: a call or a received fax whose commit is refused is not counted, and
/// counted once when it is committed after all. The refusals are the database's own (SQLite triggers on the real file).
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class FaxFiguresCountCommitsTests
{
    [Fact]
    public async Task A_finished_call_whose_commit_is_refused_is_not_counted_and_is_counted_once_committed()
    {
        using var figures = new FaxFigures();
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var customer = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        var gateway = await FakeGateway.ConnectAsync(server, admin, "gw-1", FakeGateway.Line("l1"));
        await gateway.IdleAsync("l1");
        await customer.SendPdfAsync(pages: 1);
        var assignment = await gateway.NextAssignmentAsync();

        // As if another node had updated the job first: the finish's update touches no row, so its commit is refused.
        await DatabaseSnapshot.ExecuteAsync(server.DatabaseFile, "CREATE TRIGGER another_node_first BEFORE UPDATE ON fax_jobs BEGIN SELECT RAISE(IGNORE); END;");
        await gateway.FinishAsync(assignment, CallOutcome.Success, FakeGateway.Confirmed(1));
        await Eventually.ValueAsync(
            () => Task.FromResult(server.Logs.Lines.Count(line => line.Contains("FinishFaxTryCommand refused: Concurrency", StringComparison.Ordinal))),
            refused => refused > 0);
        await gateway.DisposeAsync();

        Assert.Equal((0, 0), (figures.Calls("outbound"), figures.Pages("outbound")));
        Assert.Equal(1, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM fax_jobs WHERE State = 'Active'"));

        // The gateway comes back still holding the call and reports its end again; this time the commit goes through.
        await DatabaseSnapshot.ExecuteAsync(server.DatabaseFile, "DROP TRIGGER another_node_first;");
        await using var back = gateway.Reopen();
        await back.ConnectAsync([FakeGateway.Line("l1")], [new ActiveJob { JobId = assignment.JobId, LeaseId = assignment.LeaseId, LineId = "l1" }]);
        await back.FinishAsync(assignment, CallOutcome.Success, FakeGateway.Confirmed(1));
        await Eventually.ValueAsync(
            () => DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM fax_jobs WHERE State = 'Done'"),
            done => done == 1);

        Assert.Equal((1, 1), (figures.Calls("outbound"), figures.Pages("outbound")));
    }

    [Fact]
    public async Task A_received_fax_whose_commit_fails_is_not_counted_and_is_counted_once_stored()
    {
        using var figures = new FaxFigures();
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        await using var gateway = await FakeGateway.ConnectAsync(server, admin, "gw-1", FakeGateway.Line("l1"));
        var tiff = await SampleDocuments.GhostscriptTiffAsync(await SampleDocuments.PdfAsync(2), "tiffg4", "204x98");

        await DatabaseSnapshot.ExecuteAsync(server.DatabaseFile, "CREATE TRIGGER disk_full BEFORE INSERT ON fax_received BEGIN SELECT RAISE(ABORT, 'refused'); END;");
        var failed = await RpcFailure.OfTask(() => gateway.UploadAsync(Header("call-1", tiff, pages: 2), tiff));

        Assert.Equal(StatusCode.Internal, failed.StatusCode);
        Assert.Equal((0, 0), (figures.Calls("inbound"), figures.Pages("inbound")));

        await DatabaseSnapshot.ExecuteAsync(server.DatabaseFile, "DROP TRIGGER disk_full;");
        var stored = await gateway.UploadAsync(Header("call-1", tiff, pages: 2), tiff);
        var again = await gateway.UploadAsync(Header("call-1", tiff, pages: 2), tiff);

        Assert.Equal((false, true), (stored.Duplicate, again.Duplicate));
        Assert.Equal((1, 2), (figures.Calls("inbound"), figures.Pages("inbound")));
    }

    private static ReceivedFaxHeader Header(string key, byte[] tiff, int pages) => new()
    {
        IdempotencyKey = key,
        LineId = "l1",
        RemoteId = "+44 161 496 0000",
        PageCount = pages,
        ReceivedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(DateTime.UtcNow),
        CallTime = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(30)),
        BitRate = 14400,
        SizeBytes = tiff.Length,
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(tiff)),
    };
}
