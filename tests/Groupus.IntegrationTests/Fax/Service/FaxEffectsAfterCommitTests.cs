using System.Security.Claims;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Application.Fax;
using Groupus.Application.Fax.SubmitFax;
using Groupus.Infrastructure.Security;
using Groupus.IntegrationTests.Fax.Documents;
using Groupus.IntegrationTests.Support;
using Grpc.Core;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Fax.Service;

/// <summary>
/// What follows a fax change (telling a gateway to hang up, waking the dispatcher) happens once the change is committed,
/// whichever entry point made it, and never for a commit the database refused (SQLite triggers on the real file).
/// </summary>
public sealed class FaxEffectsAfterCommitTests
{
    // Long enough that no lease renewal (refused by the trigger too) ends the link while the test runs.
    private const string QuietHeartbeat = "Fax:HeartbeatInterval=00:10:00";

    [Fact]
    public async Task A_cancel_whose_commit_is_refused_does_not_hang_up_the_call()
    {
        await using var server = await TestServer.StartAsync(settings: QuietHeartbeat);
        var admin = await server.AdminAsync();
        var customer = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        await using var gateway = await FakeGateway.ConnectAsync(server, admin, "gw-1", FakeGateway.Line("l1"));
        await gateway.IdleAsync("l1");
        var job = await customer.SendPdfAsync(pages: 2);
        var assignment = await gateway.NextAssignmentAsync();

        // As if another node had updated the job first: the cancel's update touches no row, so its commit is refused.
        await DatabaseSnapshot.ExecuteAsync(server.DatabaseFile, "CREATE TRIGGER another_node_first BEFORE UPDATE ON fax_jobs BEGIN SELECT RAISE(IGNORE); END;");
        var refused = await RpcFailure.Of(() => customer.Fax.CancelFaxJobAsync(new CancelFaxJobRequest { JobId = job.JobId }, customer.Headers));

        // A report on a lease the gateway does not hold is answered on the same stream, after anything the cancel sent.
        await gateway.SendAsync(new GatewayMessage { JobProgress = new JobProgress { JobId = assignment.JobId, LeaseId = Guid.NewGuid().ToString(), Phase = CallPhase.Transferring } });
        var beforeTheAnswer = await gateway.UntilAsync(CoreMessage.MessageOneofCase.LeaseLost);

        await DatabaseSnapshot.ExecuteAsync(server.DatabaseFile, "DROP TRIGGER another_node_first;");
        var cancelling = await customer.Fax.CancelFaxJobAsync(new CancelFaxJobRequest { JobId = job.JobId }, customer.Headers);
        var order = (await gateway.NextAsync(CoreMessage.MessageOneofCase.CancelJob))?.CancelJob;

        Assert.Equal(StatusCode.Aborted, refused.StatusCode);
        Assert.DoesNotContain(beforeTheAnswer, message => message.MessageCase == CoreMessage.MessageOneofCase.CancelJob);
        Assert.Equal(FaxJobState.Active, cancelling.State);
        Assert.Equal((assignment.JobId, assignment.LeaseId), (order?.JobId, order?.LeaseId));
    }

    [Fact]
    public async Task A_job_submitted_through_the_use_case_wakes_the_dispatcher_once_committed_without_the_edge()
    {
        var wakeUps = new QueueWakeUps();
        await using var server = await TestServer.StartWithAsync(services => services.Decorate<IFaxQueueSignal>((dispatcher, _) => wakeUps.Around(dispatcher)));
        var admin = await server.AdminAsync();
        var customer = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        var pdf = await SampleDocuments.PdfAsync(1);

        await DatabaseSnapshot.ExecuteAsync(server.DatabaseFile, "CREATE TRIGGER disk_full BEFORE INSERT ON fax_jobs BEGIN SELECT RAISE(ABORT, 'refused'); END;");
        await Assert.ThrowsAnyAsync<Exception>(() => SubmitThroughTheUseCaseAsync(server, customer, pdf));
        var afterTheRefusal = wakeUps.Count;

        await DatabaseSnapshot.ExecuteAsync(server.DatabaseFile, "DROP TRIGGER disk_full;");
        await SubmitThroughTheUseCaseAsync(server, customer, pdf);

        Assert.Equal(0, afterTheRefusal);
        Assert.Equal(1, wakeUps.Count);
        Assert.Equal(1, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM fax_jobs WHERE State = 'Ready'"));
    }

    /// <summary>The submission as any future entry point (not the gRPC edge) would make it: the command, sent in a scope of its own.</summary>
    private static async Task SubmitThroughTheUseCaseAsync(TestServer server, FaxCustomer customer, byte[] pdf)
    {
        using var scope = server.App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetFrom(OwnerOf(customer.Session), authenticationFailure: null);
        var submitted = await scope.ServiceProvider.GetRequiredService<ISender>().Send(
            new SubmitFaxCommand(null, "020 7946 0123", Groupus.Domain.Fax.FaxResolution.Standard, null, 0, null, pdf));
        Assert.True(submitted.IsSuccess, submitted.Error?.Message);
    }

    private static ClaimsPrincipal OwnerOf(CustomerSession session) => new(new ClaimsIdentity(
        [
            new Claim(CurrentUser.KindClaim, "customer"),
            new Claim(CurrentUser.SubjectClaim, session.UserId),
            new Claim(CurrentUser.OrganisationClaim, session.OrganisationId),
            new Claim(CurrentUser.RoleClaim, "owner"),
        ],
        authenticationType: "test"));
}
