using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Communications.V1;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Visitors;

public sealed class ReceptionDayTests
{
    [Fact]
    public async Task A_whole_reception_day_runs_through_the_grpc_api()
    {
        await using var server = await TestServer.StartAsync();
        var reception = await server.StaffAsync("rita", "reception");
        var host = await server.StaffAsync("harry", "support");
        var dayStart = DateTime.UtcNow;
        // An hour ahead may be tomorrow (late in the evening): the list asked for is that instant's day.
        var expectedAt = DateTime.UtcNow.AddHours(1);

        var expected = await reception.Visitors.PreRegisterVisitorAsync(new PreRegisterVisitorRequest
        {
            VisitorName = "Ada Lovelace",
            Company = "Analytical Engines Ltd",
            HostUsername = "harry",
            ExpectedAt = Timestamp.FromDateTime(expectedAt),
            Purpose = "Contract review",
        }, reception.Headers);
        Assert.Equal(VisitStatus.Expected, expected.Status);
        Assert.Equal("Test harry", expected.HostDisplayName);

        var expectedToday = await reception.Visitors.ListExpectedVisitorsAsync(new ListExpectedVisitorsRequest { Day = Timestamp.FromDateTime(expectedAt) }, reception.Headers);
        Assert.Contains(expectedToday.Visits, v => v.Id == expected.Id);

        var ada = await reception.Visitors.SignInVisitorAsync(new SignInVisitorRequest { VisitId = expected.Id, BadgeNumber = "v-07" }, reception.Headers);
        Assert.Equal(VisitStatus.OnSite, ada.Status);
        Assert.Equal("V-07", ada.BadgeNumber);
        Assert.Equal("Contract review", ada.Purpose);
        Assert.True(ada.Version > expected.Version);

        var walkIn = await reception.Visitors.SignInVisitorAsync(new SignInVisitorRequest
        {
            VisitorName = "Grace Hopper",
            Company = "Compilers plc",
            Purpose = "Interview",
            HostUsername = "rita",
            BadgeNumber = "V-08",
        }, reception.Headers);

        var onSite = await reception.Visitors.ListOnSiteAsync(new ListOnSiteRequest(), reception.Headers);
        Assert.Equal(["Ada Lovelace", "Grace Hopper"], onSite.Visits.Select(v => v.VisitorName));

        var rollCall = await ReadRollCallAsync(reception);
        Assert.Equal(2, rollCall.Header.OnSiteCount);
        Assert.Equal(["Ada Lovelace", "Grace Hopper"], rollCall.Visits.Select(v => v.VisitorName));

        var adaLeaves = await reception.Visitors.SignOutVisitorAsync(new SignOutVisitorRequest { BadgeNumber = "V-07" }, reception.Headers);
        Assert.Equal(VisitStatus.SignedOut, adaLeaves.Status);
        var graceLeaves = await reception.Visitors.SignOutVisitorAsync(new SignOutVisitorRequest { VisitId = walkIn.Id }, reception.Headers);
        Assert.NotNull(graceLeaves.SignedOutAt);
        Assert.Empty((await reception.Visitors.ListOnSiteAsync(new ListOnSiteRequest(), reception.Headers)).Visits);

        // The badge handed back can be issued again.
        var later = await reception.Visitors.SignInVisitorAsync(new SignInVisitorRequest
        {
            VisitorName = "Alan Turing", Purpose = "Delivery", HostUsername = "harry", BadgeNumber = "V-07",
        }, reception.Headers);
        Assert.Equal("V-07", later.BadgeNumber);

        var window = new SearchVisitHistoryRequest
        {
            From = Timestamp.FromDateTime(dayStart.AddMinutes(-1)),
            To = Timestamp.FromDateTime(DateTime.UtcNow.AddMinutes(1)),
        };
        var history = await reception.Visitors.SearchVisitHistoryAsync(window, reception.Headers);
        Assert.Equal(["Ada Lovelace", "Grace Hopper", "Alan Turing"], history.Visits.Select(v => v.VisitorName));
        window.HostUsername = "harry";
        var harrysVisitors = await reception.Visitors.SearchVisitHistoryAsync(window, reception.Headers);
        Assert.Equal(["Ada Lovelace", "Alan Turing"], harrysVisitors.Visits.Select(v => v.VisitorName));

        window.HostUsername = "";
        window.PageSize = 2;
        var firstPage = await reception.Visitors.SearchVisitHistoryAsync(window, reception.Headers);
        Assert.Equal(2, firstPage.Visits.Count);
        window.PageToken = firstPage.NextPageToken;
        var secondPage = await reception.Visitors.SearchVisitHistoryAsync(window, reception.Headers);
        Assert.Equal(["Alan Turing"], secondPage.Visits.Select(v => v.VisitorName));
        Assert.Equal("", secondPage.NextPageToken);

        // The host hears of each arrival, through the outbox and the communications module.
        var notifications = await Eventually.ValueAsync(
            async () => (await host.Notifications.ListMyNotificationsAsync(new ListMyNotificationsRequest(), host.Headers)).Notifications,
            n => n.Count == 2);
        Assert.Contains(notifications, n => n.Body.Contains("badge", StringComparison.Ordinal));
        // Notifications are not sealed under the visitor's key, so they never name the visitor (it would outlive an erasure).
        Assert.All(notifications, n => Assert.DoesNotContain("Lovelace", n.Body, StringComparison.Ordinal));
        Assert.All(notifications, n => Assert.Equal("Pending", n.DeliveryStatus));
    }

    [Fact]
    public async Task The_roll_call_is_a_snapshot_that_later_sign_outs_do_not_change()
    {
        await using var server = await TestServer.StartAsync();
        var reception = await server.StaffAsync("rita", "reception");
        for (var i = 1; i <= 3; i++)
        {
            await reception.Visitors.SignInVisitorAsync(new SignInVisitorRequest
            {
                VisitorName = $"Visitor {i}", Purpose = "Meeting", HostUsername = "rita", BadgeNumber = $"B{i}",
            }, reception.Headers);
        }

        using var call = reception.Visitors.RollCall(new RollCallRequest(), reception.Headers);
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(3, call.ResponseStream.Current.Header.OnSiteCount);
        await reception.Visitors.SignOutVisitorAsync(new SignOutVisitorRequest { BadgeNumber = "B3" }, reception.Headers);

        var names = new List<string>();
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            names.Add(call.ResponseStream.Current.Visit.VisitorName);
        }

        Assert.Equal(["Visitor 1", "Visitor 2", "Visitor 3"], names);
    }

    private static async Task<(RollCallHeader Header, List<Visit> Visits)> ReadRollCallAsync(StaffSession session)
    {
        using var call = session.Visitors.RollCall(new RollCallRequest(), session.Headers);
        RollCallHeader? header = null;
        var visits = new List<Visit>();
        await foreach (var entry in call.ResponseStream.ReadAllAsync())
        {
            if (entry.EntryCase == RollCallEntry.EntryOneofCase.Header)
            {
                header = entry.Header;
            }
            else
            {
                visits.Add(entry.Visit);
            }
        }

        return (header!, visits);
    }
}
