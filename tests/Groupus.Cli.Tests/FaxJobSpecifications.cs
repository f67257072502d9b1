using Google.Protobuf;
using Grpc.Core;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Tests.Harness;

namespace Groupus.Cli.Tests;

public sealed class FaxJobSpecifications : CliSpecification
{
    [Fact]
    public async Task Status_shows_the_job_with_a_row_per_page_and_per_try()
    {
        await LoggedInAsAliceAsync();
        Backend.On<GetFaxJobRequest, FaxJob>(_ => FaxJobs.Failed());

        var result = await Cli.RunAsync("fax", "status", FaxJobs.JobId);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(FaxJobs.JobId, result.Output);
        Assert.Contains("failed", result.Output);
        Assert.Contains("3 of 3", result.Output);
        Assert.Contains("The number did not answer. (NO_ANSWER)", result.Output);
        Assert.Contains("refused", result.Output);
        Assert.Contains("no answer", result.Output);
    }

    [Fact]
    public async Task Status_of_a_job_the_caller_may_not_see_exits_6()
    {
        await LoggedInAsAliceAsync();
        Backend.Fail<GetFaxJobRequest>(new RpcException(new Status(StatusCode.NotFound, "The fax job was not found.")));

        var result = await Cli.RunAsync("fax", "status", FaxJobs.JobId);

        Assert.Equal(6, result.ExitCode);
        Assert.Contains("The fax job was not found.", result.Error);
    }

    [Fact]
    public async Task List_sends_the_states_and_organisation_and_with_all_follows_every_page()
    {
        await LoggedInAsAliceAsync();
        Backend.On<ListFaxJobsRequest, ListFaxJobsResponse>(request => request.PageToken == ""
            ? new ListFaxJobsResponse { Jobs = { FaxJobs.Ready() }, NextPageToken = "page-2" }
            : new ListFaxJobsResponse { Jobs = { FaxJobs.Done() } });

        var result = await Cli.RunAsync("fax", "list", "--state", "ready", "--state", "done", "--org", FaxJobs.OrganisationId, "--all", "-o", "json");

        Assert.Equal(0, result.ExitCode);
        var requests = Backend.RequestsOf<ListFaxJobsRequest>().ToList();
        Assert.Equal(["", "page-2"], requests.Select(request => request.PageToken));
        Assert.All(requests, request => Assert.Equal([FaxJobState.Ready, FaxJobState.Done], request.States));
        Assert.All(requests, request => Assert.Equal(FaxJobs.OrganisationId, request.OrganisationId));
        var listed = JsonParser.Default.Parse<ListFaxJobsResponse>(result.Output);
        Assert.Equal(2, listed.Jobs.Count);
        Assert.Empty(listed.NextPageToken);
    }

    [Fact]
    public async Task List_without_all_shows_one_page_and_how_to_get_the_next()
    {
        await LoggedInAsAliceAsync();
        Backend.On<ListFaxJobsRequest, ListFaxJobsResponse>(_ => new ListFaxJobsResponse { Jobs = { FaxJobs.Ready() }, NextPageToken = "page-2" });

        var result = await Cli.RunAsync("fax", "list", "--page-size", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, Assert.Single(Backend.RequestsOf<ListFaxJobsRequest>()).PageSize);
        Assert.Contains(FaxJobs.JobId, result.Output);
        Assert.Contains("ready", result.Output);
        Assert.Contains("--page-token page-2", result.Output);
    }

    [Fact]
    public async Task Cancelling_a_queued_job_says_it_is_cancelled()
    {
        await LoggedInAsAliceAsync();
        Backend.On<CancelFaxJobRequest, FaxJob>(_ => FaxJobs.Cancelled());

        var result = await Cli.RunAsync("fax", "cancel", FaxJobs.JobId);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FaxJobs.JobId, Assert.Single(Backend.RequestsOf<CancelFaxJobRequest>()).JobId);
        Assert.Contains($"Cancelled fax job {FaxJobs.JobId}", result.Output);
    }

    [Fact]
    public async Task Cancelling_a_job_on_the_line_says_it_is_hung_up_after_the_current_page()
    {
        await LoggedInAsAliceAsync();
        Backend.On<CancelFaxJobRequest, FaxJob>(_ => FaxJobs.Sending(1));

        var result = await Cli.RunAsync("fax", "cancel", FaxJobs.JobId);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("hung up after the current page", result.Output);
    }

    [Fact]
    public async Task Cancelling_a_finished_job_exits_8_with_the_servers_reason()
    {
        await LoggedInAsAliceAsync();
        Backend.Fail<CancelFaxJobRequest>(new RpcException(new Status(StatusCode.FailedPrecondition, "The fax job is already finished.")));

        var result = await Cli.RunAsync("fax", "cancel", FaxJobs.JobId);

        Assert.Equal(8, result.ExitCode);
        Assert.Contains("The fax job is already finished.", result.Error);
    }

    [Fact]
    public async Task Resending_to_another_number_queues_a_new_job()
    {
        await LoggedInAsAliceAsync();
        var resent = FaxJobs.Ready();
        resent.JobId = "0193f0aa-0000-7000-8000-000000000002";
        Backend.On<ResendFaxJobRequest, FaxJob>(_ => resent);

        var result = await Cli.RunAsync("fax", "resend", FaxJobs.JobId, "--to", "020 7946 0999");

        Assert.Equal(0, result.ExitCode);
        var request = Assert.Single(Backend.RequestsOf<ResendFaxJobRequest>());
        Assert.Equal((FaxJobs.JobId, "020 7946 0999"), (request.JobId, request.To));
        Assert.Contains($"Fax job {resent.JobId} queued: 2 pages", result.Output);
    }

    [Fact]
    public async Task Received_and_unrouted_faxes_are_listed_and_an_unrouted_fax_is_routed_to_an_organisation()
    {
        await LoggedInAsAliceAsync();
        var fax = new ReceivedFax { FaxId = "fax-1", CalledNumber = "+442079460200", RemoteId = "SENDER", PageCount = 3, SizeBytes = 12_345 };
        Backend.On<ListReceivedFaxesRequest, ListReceivedFaxesResponse>(_ => new ListReceivedFaxesResponse { Faxes = { fax } });
        Backend.On<ListUnroutedFaxesRequest, ListReceivedFaxesResponse>(_ => new ListReceivedFaxesResponse { Faxes = { fax } });
        Backend.On<RouteReceivedFaxRequest, ReceivedFax>(request => new ReceivedFax(fax) { OrganisationId = request.OrganisationId });

        var received = await Cli.RunAsync("fax", "received", "list", "--org", FaxJobs.OrganisationId);
        var unrouted = await Cli.RunAsync("fax", "unrouted");
        var routed = await Cli.RunAsync("fax", "route", "fax-1", "--org", FaxJobs.OrganisationId);

        Assert.Equal((0, 0, 0), (received.ExitCode, unrouted.ExitCode, routed.ExitCode));
        Assert.Equal(FaxJobs.OrganisationId, Assert.Single(Backend.RequestsOf<ListReceivedFaxesRequest>()).OrganisationId);
        Assert.Contains("12,345", received.Output);
        Assert.Contains("(unrouted)", unrouted.Output);
        Assert.Contains($"Routed fax fax-1 to organisation {FaxJobs.OrganisationId}.", routed.Output);
        var route = Assert.Single(Backend.RequestsOf<RouteReceivedFaxRequest>());
        Assert.Equal(("fax-1", FaxJobs.OrganisationId), (route.FaxId, route.OrganisationId));
    }
}
