using Groupus.Api.Grpc.Visitors.V1;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Visitors;

/// <summary>Two server processes on one database, as production runs several nodes on SQL Server.</summary>
public sealed class TwoServerNodesTests
{
    [Fact]
    public async Task A_node_never_serves_an_on_site_list_older_than_a_change_made_through_another_node()
    {
        await using var first = await TestServer.StartAsync();
        await using var second = await TestServer.StartAsync(first.DataDirectory);
        var atFirst = await first.StaffAsync("rita", "reception");
        var login = await new Api.Grpc.Auth.V1.AuthService.AuthServiceClient(second.Channel)
            .LoginAsync(new Api.Grpc.Auth.V1.LoginRequest { Username = "rita", Password = TestServer.StrongPassword });
        var atSecond = new StaffSession(second.Channel, login.AccessToken);
        Assert.Empty((await atSecond.Visitors.ListOnSiteAsync(new ListOnSiteRequest(), atSecond.Headers)).Visits);

        await atFirst.Visitors.SignInVisitorAsync(
            new SignInVisitorRequest { VisitorName = "Ada", Purpose = "Meeting", HostUsername = "rita", BadgeNumber = "1" }, atFirst.Headers);
        Assert.Single((await atSecond.Visitors.ListOnSiteAsync(new ListOnSiteRequest(), atSecond.Headers)).Visits);

        await atFirst.Visitors.SignOutVisitorAsync(new SignOutVisitorRequest { BadgeNumber = "1" }, atFirst.Headers);
        Assert.Empty((await atSecond.Visitors.ListOnSiteAsync(new ListOnSiteRequest(), atSecond.Headers)).Visits);

        // Both nodes run an outbox dispatcher; the host is still notified exactly once.
        await Eventually.ValueAsync(
            () => DatabaseSnapshot.CountAsync(first.DatabaseFile, "SELECT COUNT(*) FROM visitors_outbox WHERE ProcessedAtUtc IS NULL"),
            pending => pending == 0);
        Assert.Equal(1, await DatabaseSnapshot.CountAsync(first.DatabaseFile, "SELECT COUNT(*) FROM communications_notifications"));
    }
}
