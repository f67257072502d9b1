using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Infrastructure.Sales;
using Groupus.Infrastructure.Visitors;
using Groupus.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Messaging;

/// <summary>
/// A commit wakes the outbox dispatcher for the outboxes of the module contexts it changed, not for every module's
/// (each read a scope and a query, paid once per sign-in at low concurrency); the others wait for the poll interval.
/// </summary>
public sealed class OutboxWakeUpTests
{
    [Fact]
    public async Task Sign_ins_wake_the_dispatcher_to_read_the_visitors_outbox_and_no_other_modules()
    {
        const int signIns = 5;
        var visitorsOutbox = new OutboxReadCounter();
        var salesOutbox = new OutboxReadCounter();
        await using var server = await TestServer.StartWithAsync(
            services =>
            {
                services.ConfigureDbContext<VisitorsDbContext>((_, builder) => builder.AddInterceptors(visitorsOutbox));
                services.ConfigureDbContext<SalesDbContext>((_, builder) => builder.AddInterceptors(salesOutbox));
            },
            settings: "Outbox:PollInterval=00:10:00");
        await server.StaffAsync("harry", "support");
        var reception = await server.StaffAsync("rita", "reception");
        await Eventually.ValueAsync(() => Task.FromResult(salesOutbox.Reads), reads => reads > 0, attempts: 1200); // the pass at start reads every outbox
        var (salesReadsBefore, visitorsReadsBefore) = (salesOutbox.Reads, visitorsOutbox.Reads);

        for (var i = 1; i <= signIns; i++)
        {
            await reception.Visitors.SignInVisitorAsync(
                new SignInVisitorRequest { VisitorName = $"Visitor {i}", Purpose = "Meeting", HostUsername = "harry", BadgeNumber = $"O{i}" }, reception.Headers);
            await Eventually.ValueAsync(
                () => DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM communications_notifications"), count => count == i, attempts: 1200);
        }

        Assert.True(visitorsOutbox.Reads - visitorsReadsBefore >= signIns, $"the visitors outbox was read {visitorsOutbox.Reads - visitorsReadsBefore} times");
        Assert.Equal(salesReadsBefore, salesOutbox.Reads);
    }
}
