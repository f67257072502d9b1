using Google.Protobuf;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.IntegrationTests.Fax.Service;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Paging;

public sealed class FaxListPagingTests
{
    private static readonly ByteString Letter = ByteString.CopyFromUtf8("Dear Sir,\nplease find our order below.\n");

    [Fact]
    public async Task Newest_first_pages_repeat_no_job_when_new_jobs_are_submitted_between_pages()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var customer = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        var submitted = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            submitted.Add((await SubmitAsync(customer)).JobId);
        }

        var request = new ListFaxJobsRequest { PageSize = 2 };
        var first = await customer.Fax.ListFaxJobsAsync(request, customer.Headers);
        var newestFirst = Enumerable.Reverse(submitted).ToList();
        Assert.Equal(newestFirst[..2], first.Jobs.Select(j => j.JobId));

        // Two newer jobs: a position-based page 2 would show the first page's jobs again.
        await SubmitAsync(customer);
        await SubmitAsync(customer);

        var seen = first.Jobs.Select(j => j.JobId).ToList();
        request.PageToken = first.NextPageToken;
        while (request.PageToken.Length > 0)
        {
            var page = await customer.Fax.ListFaxJobsAsync(request, customer.Headers);
            seen.AddRange(page.Jobs.Select(j => j.JobId));
            request.PageToken = page.NextPageToken;
        }

        Assert.Equal(newestFirst, seen);
    }

    [Fact]
    public async Task A_customer_cannot_page_with_a_token_from_another_organisations_list_or_another_list()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var alpha = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        var beta = await FaxCustomer.CreateAsync(server, admin, "Beta Gadgets Ltd", "bob-beta");
        for (var i = 0; i < 3; i++)
        {
            await SubmitAsync(alpha);
            await SubmitAsync(beta);
        }

        var betasToken = (await new FaxService.FaxServiceClient(server.Channel).ListFaxJobsAsync(
            new ListFaxJobsRequest { OrganisationId = beta.Session.OrganisationId, PageSize = 1 }, admin.Headers)).NextPageToken;
        var betasOwnToken = (await beta.Fax.ListFaxJobsAsync(new ListFaxJobsRequest { PageSize = 1 }, beta.Headers)).NextPageToken;
        var alphasToken = (await alpha.Fax.ListFaxJobsAsync(new ListFaxJobsRequest { PageSize = 1 }, alpha.Headers)).NextPageToken;
        Assert.All([betasToken, betasOwnToken, alphasToken], token => Assert.NotEmpty(token));

        var refusals = new[]
        {
            await RpcFailure.Of(() => alpha.Fax.ListFaxJobsAsync(new ListFaxJobsRequest { PageSize = 1, PageToken = betasToken }, alpha.Headers)),
            await RpcFailure.Of(() => alpha.Fax.ListFaxJobsAsync(new ListFaxJobsRequest { PageSize = 1, PageToken = betasOwnToken }, alpha.Headers)),
            await RpcFailure.Of(() => alpha.Fax.ListFaxJobsAsync(
                new ListFaxJobsRequest { PageSize = 1, PageToken = VisitHistoryPagingTests.Tamper(alphasToken) }, alpha.Headers)),
            await RpcFailure.Of(() => alpha.Fax.ListFaxJobsAsync(
                new ListFaxJobsRequest { PageSize = 1, PageToken = alphasToken, States = { FaxJobState.Ready } }, alpha.Headers)),
            await RpcFailure.Of(() => alpha.Fax.ListReceivedFaxesAsync(new ListReceivedFaxesRequest { PageSize = 1, PageToken = alphasToken }, alpha.Headers)),
        };
        Assert.All(refusals, failure =>
        {
            Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
            Assert.Contains("page_token", failure.Violations.Keys);
        });

        // Alpha's own token still reads Alpha's next page, and only Alpha's jobs.
        var alphasJobs = (await alpha.Fax.ListFaxJobsAsync(new ListFaxJobsRequest(), alpha.Headers)).Jobs.Select(j => j.JobId).ToHashSet();
        var next = await alpha.Fax.ListFaxJobsAsync(new ListFaxJobsRequest { PageSize = 1, PageToken = alphasToken }, alpha.Headers);
        Assert.All(next.Jobs, job => Assert.Contains(job.JobId, alphasJobs));
    }

    private static async Task<FaxJob> SubmitAsync(FaxCustomer customer) =>
        await customer.Fax.SubmitFaxAsync(new SubmitFaxRequest { To = "020 7946 0123", Resolution = FaxResolution.Standard, Document = Letter }, customer.Headers);
}
