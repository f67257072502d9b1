using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Infrastructure.Visitors;
using Groupus.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Groupus.IntegrationTests.Privacy;

/// <summary>A legal hold the officer places at the CLI keeps the person's visits out of the retention sweep until it is released.</summary>
public sealed class RetentionUnderLegalHoldTests
{
    [Fact]
    public async Task The_visitor_retention_sweep_leaves_a_held_persons_visit_as_it_is_until_the_hold_is_released()
    {
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        var start = clock.GetUtcNow().UtcDateTime;
        await using var server = await TestServer.StartAsync(clock: clock);
        var reception = await server.StaffAsync("rita", "reception");
        // Tokens are issued before the clock moves on: they are checked against the machine's own clock.
        var admin = await server.AdminAsync();
        await server.StaffAsync("priya", "privacy-officer");
        await VisitAsync(reception, "Hester Held", "1");
        await VisitAsync(reception, "Frank Free", "2");
        var officer = await OfficerCli.SignInAsync(server, "priya");
        var found = await officer.JsonAsync("privacy", "subjects", "find", "--name", "Hester Held", "--company", "Acme");
        var subject = found.GetProperty("matches")[0].GetProperty("subjectId").GetString()!;
        var hold = (await officer.JsonAsync("privacy", "holds", "place", "--subject", subject, "--reason", "employment tribunal claim", "--reference", "ET-2026-0042"))
            .GetProperty("id").GetString()!;
        clock.Advance(TimeSpan.FromDays(31));

        await SweepAsync(server);

        var visits = await HistoryAsync(admin, start);
        Assert.False(visits.Single(v => v.VisitorName == "Hester Held").Anonymised);
        Assert.DoesNotContain(visits, v => v.VisitorName == "Frank Free");
        Assert.Single(visits, v => v.Anonymised);

        await officer.RunAsync("privacy", "holds", "release", hold, "--reason", "claim settled");
        await SweepAsync(server);

        Assert.All(await HistoryAsync(admin, start), v => Assert.True(v.Anonymised));
    }

    private static async Task VisitAsync(StaffSession reception, string name, string badge)
    {
        await reception.Visitors.SignInVisitorAsync(
            new SignInVisitorRequest { VisitorName = name, Company = "Acme", Purpose = "Meeting", HostUsername = "rita", BadgeNumber = badge }, reception.Headers);
        await reception.Visitors.SignOutVisitorAsync(new SignOutVisitorRequest { BadgeNumber = badge }, reception.Headers);
    }

    private static Task SweepAsync(TestServer server) =>
        server.App.Services.GetServices<IHostedService>().OfType<VisitorRetentionSweeper>().Single().SweepAsync(CancellationToken.None);

    private static async Task<IReadOnlyList<Visit>> HistoryAsync(StaffSession admin, DateTime start)
    {
        var history = await admin.Visitors.SearchVisitHistoryAsync(
            new SearchVisitHistoryRequest { From = Timestamp.FromDateTime(start.AddDays(-1)), To = Timestamp.FromDateTime(start.AddDays(40)) }, admin.Headers);
        return history.Visits;
    }
}
