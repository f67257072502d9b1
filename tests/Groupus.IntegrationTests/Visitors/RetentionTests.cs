using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Infrastructure.Visitors;
using Groupus.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Groupus.IntegrationTests.Visitors;

public sealed class RetentionTests
{
    [Fact]
    public async Task Visits_older_than_the_retention_period_are_anonymised_and_the_purge_is_recorded()
    {
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        var start = clock.GetUtcNow().UtcDateTime;
        await using var server = await TestServer.StartAsync(clock: clock);
        var admin = await server.AdminAsync();
        var reception = await server.StaffAsync("rita", "reception");
        await SignInAndOutAsync(reception, "Old Visitor", "1");
        clock.Advance(TimeSpan.FromDays(25));
        await SignInAndOutAsync(reception, "Recent Visitor", "2");
        clock.Advance(TimeSpan.FromDays(6));

        await server.App.Services.GetServices<IHostedService>().OfType<VisitorRetentionSweeper>().Single().SweepAsync(CancellationToken.None);

        var history = await admin.Visitors.SearchVisitHistoryAsync(new SearchVisitHistoryRequest
        {
            From = Timestamp.FromDateTime(start.AddDays(-1)),
            To = Timestamp.FromDateTime(start.AddDays(40)),
        }, admin.Headers);
        var old = history.Visits[0];
        Assert.True(old.Anonymised);
        Assert.Equal("Anonymised visitor", old.VisitorName);
        Assert.Equal("", old.Company);
        Assert.Equal("", old.BadgeNumber);
        Assert.Equal("rita", old.HostUsername);
        Assert.Equal("Recent Visitor", history.Visits[1].VisitorName);

        var runs = await admin.Visitors.ListRetentionRunsAsync(new ListRetentionRunsRequest(), admin.Headers);
        var latest = runs.Runs[0];
        Assert.Equal(1, latest.AnonymisedCount);
        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddDays(-30), latest.CutOff.ToDateTime());
        Assert.Contains(server.Logs.Lines, line => line.Contains("anonymised 1 visit(s)", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains("Old Visitor", StringComparison.Ordinal));
    }

    private static async Task SignInAndOutAsync(StaffSession reception, string name, string badge)
    {
        await reception.Visitors.SignInVisitorAsync(
            new SignInVisitorRequest { VisitorName = name, Company = "Acme", Purpose = "Meeting", HostUsername = "rita", BadgeNumber = badge }, reception.Headers);
        await reception.Visitors.SignOutVisitorAsync(new SignOutVisitorRequest { BadgeNumber = badge }, reception.Headers);
    }
}
