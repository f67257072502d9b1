using Google.Protobuf;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Fax.Service;

/// <summary>Bad numbers, documents and ids get precise statuses, and nothing is queued or stored for them.</summary>
public sealed class FaxBadInputTests
{
    [Fact]
    public async Task Bad_numbers_and_documents_are_refused_with_field_violations_and_queue_nothing()
    {
        await using var server = await TestServer.StartAsync(settings: "Fax:Documents:MaximumBytes=2048");
        var admin = await server.AdminAsync();
        var customer = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        var text = ByteString.CopyFromUtf8("Dear Sir,\nplease find our order below.\n");

        var badNumber = await Submit(customer, "12", text);
        var empty = await Submit(customer, "020 7946 0123", ByteString.Empty);
        var zip = await Submit(customer, "020 7946 0123", ByteString.CopyFrom([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]));
        var tooLarge = await Submit(customer, "020 7946 0123", ByteString.CopyFrom(new byte[4096]));
        var urgent = await RpcFailure.Of(() => customer.Fax.SubmitFaxAsync(new SubmitFaxRequest { To = "020 7946 0123", Priority = 10, Document = text }, customer.Headers));
        var jobs = await customer.Fax.ListFaxJobsAsync(new ListFaxJobsRequest(), customer.Headers);

        Assert.Equal(StatusCode.InvalidArgument, badNumber.StatusCode);
        Assert.Contains("to", badNumber.Violations.Keys);
        Assert.Equal("DOCUMENT_EMPTY", empty.Reason);
        Assert.Equal("DOCUMENT_TYPE_UNSUPPORTED", zip.Reason);
        Assert.Equal("DOCUMENT_TOO_LARGE", tooLarge.Reason);
        Assert.All([empty, zip, tooLarge], failure => Assert.Contains("document", failure.Violations.Keys));
        Assert.Contains("priority", urgent.Violations.Keys);
        Assert.Empty(jobs.Jobs);
    }

    [Fact]
    public async Task A_gateway_naming_a_job_it_does_not_hold_gets_not_found_or_lease_lost()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var customer = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        await using var holder = await FakeGateway.ConnectAsync(server, admin, "gw-1", FakeGateway.Line("l1"));
        await using var intruder = await FakeGateway.ConnectAsync(server, admin, "gw-2", FakeGateway.Line("l1"));
        await holder.IdleAsync("l1");
        var job = await customer.SendPdfAsync(pages: 1);
        var assignment = await holder.NextAssignmentAsync();

        var forged = await RpcFailure.OfStream(() => intruder.Client.FetchJobDocument(
            new FetchJobDocumentRequest { JobId = assignment.JobId, LeaseId = Guid.NewGuid().ToString() }, intruder.Headers));
        var stolen = await RpcFailure.OfStream(() => intruder.Client.FetchJobDocument(
            new FetchJobDocumentRequest { JobId = assignment.JobId, LeaseId = assignment.LeaseId }, intruder.Headers));
        await intruder.FinishAsync(assignment, CallOutcome.Success, FakeGateway.Confirmed(1));
        var refused = (await intruder.NextAsync(CoreMessage.MessageOneofCase.LeaseLost))?.LeaseLost;
        var untouched = await customer.Fax.GetFaxJobAsync(new GetFaxJobRequest { JobId = job.JobId }, customer.Headers);

        Assert.Equal(StatusCode.NotFound, forged.StatusCode);
        Assert.Equal(StatusCode.NotFound, stolen.StatusCode);
        Assert.Equal(assignment.LeaseId, refused?.LeaseId);
        Assert.Equal((FaxJobState.Active, 0), (untouched.State, untouched.PagesConfirmed));
    }

    [Fact]
    public async Task A_member_may_cancel_only_their_own_faxes_and_another_organisations_job_is_not_found()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var alpha = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        var member = await CustomerOrganisations.AddSignedInUserAsync(server, admin, alpha.Session.OrganisationId, "amy-alpha", "member");
        var bravo = await FaxCustomer.CreateAsync(server, admin, "Bravo Gadgets Ltd", "bob-bravo");
        var job = await alpha.SendPdfAsync(pages: 1);

        var byMember = await RpcFailure.Of(() => alpha.Fax.CancelFaxJobAsync(new CancelFaxJobRequest { JobId = job.JobId }, member.Headers));
        var byStranger = await RpcFailure.Of(() => bravo.Fax.CancelFaxJobAsync(new CancelFaxJobRequest { JobId = job.JobId }, bravo.Headers));
        var download = await RpcFailure.OfStream(() => bravo.Fax.DownloadFaxJob(new DownloadFaxJobRequest { JobId = job.JobId }, bravo.Headers));
        var cancelled = await alpha.Fax.CancelFaxJobAsync(new CancelFaxJobRequest { JobId = job.JobId }, alpha.Headers);

        Assert.Equal(StatusCode.PermissionDenied, byMember.StatusCode);
        Assert.Equal(StatusCode.NotFound, byStranger.StatusCode);
        Assert.Equal(StatusCode.NotFound, download.StatusCode);
        Assert.Equal(FaxJobState.Cancelled, cancelled.State);
    }

    private static Task<RpcFailure> Submit(FaxCustomer customer, string to, ByteString document) =>
        RpcFailure.Of(() => customer.Fax.SubmitFaxAsync(new SubmitFaxRequest { To = to, Document = document }, customer.Headers));
}
