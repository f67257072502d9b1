using Groupus.Api.Grpc.Visitors.V1;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Paging;

public sealed class OnSitePagingTests
{
    [Fact]
    public async Task Pages_of_the_on_site_list_skip_nobody_when_visitors_leave_and_arrive_between_pages()
    {
        await using var server = await TestServer.StartAsync();
        var reception = await server.StaffAsync("rita", "reception");
        var arrived = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            arrived.Add((await SignInAsync(reception, $"Visitor {i}", $"S-{i}")).Id);
        }

        var request = new ListOnSiteRequest { PageSize = 2 };
        var first = await reception.Visitors.ListOnSiteAsync(request, reception.Headers);
        Assert.Equal(arrived[..2], first.Visits.Select(v => v.Id));

        // The first visitor leaves (a position-based page 2 would then skip "Visitor 2") and another arrives.
        await reception.Visitors.SignOutVisitorAsync(new SignOutVisitorRequest { VisitId = arrived[0] }, reception.Headers);
        var latecomer = await SignInAsync(reception, "Latecomer", "S-LATE");

        var seen = first.Visits.Select(v => v.Id).ToList();
        request.PageToken = first.NextPageToken;
        while (request.PageToken.Length > 0)
        {
            var page = await reception.Visitors.ListOnSiteAsync(request, reception.Headers);
            Assert.InRange(page.Visits.Count, 1, 2);
            seen.AddRange(page.Visits.Select(v => v.Id));
            request.PageToken = page.NextPageToken;
        }

        Assert.Equal([.. arrived, latecomer.Id], seen);

        // Without a page size everyone still comes in one answer, and the roll call still streams the whole list.
        var whole = await reception.Visitors.ListOnSiteAsync(new ListOnSiteRequest(), reception.Headers);
        Assert.Equal([.. arrived[1..], latecomer.Id], whole.Visits.Select(v => v.Id));
        Assert.Empty(whole.NextPageToken);
        using var rollCall = reception.Visitors.RollCall(new RollCallRequest(), reception.Headers);
        var entries = new List<RollCallEntry>();
        while (await rollCall.ResponseStream.MoveNext(CancellationToken.None))
        {
            entries.Add(rollCall.ResponseStream.Current);
        }

        Assert.Equal(6, entries[0].Header.OnSiteCount);
        Assert.Equal([.. arrived[1..], latecomer.Id], entries.Skip(1).Select(e => e.Visit.Id));
    }

    private static async Task<Visit> SignInAsync(StaffSession reception, string name, string badge) =>
        await reception.Visitors.SignInVisitorAsync(
            new SignInVisitorRequest { VisitorName = name, Purpose = "Meeting", HostUsername = "rita", BadgeNumber = badge }, reception.Headers);
}
