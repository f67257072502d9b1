using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Infrastructure.Messaging;
using Groupus.Infrastructure.Visitors;
using Groupus.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Groupus.IntegrationTests.Messaging;

/// <summary>The dispatcher writes to the producer's outbox twice per batch (claim, settle), not per message.</summary>
public sealed class OutboxBatchWritesTests
{
    [Fact]
    public async Task A_batch_of_events_is_claimed_in_one_write_and_settled_in_one_write()
    {
        const int signIns = 8;
        var counter = new OutboxWriteCounter();
        await using var server = await TestServer.StartWithAsync(
            services => services.ConfigureDbContext<VisitorsDbContext>((_, builder) => builder.AddInterceptors(counter)),
            settings: "Outbox:Enabled=false");
        await server.StaffAsync("harry", "support");
        var reception = await server.StaffAsync("rita", "reception");
        for (var i = 0; i < signIns; i++)
        {
            await reception.Visitors.SignInVisitorAsync(
                new SignInVisitorRequest { VisitorName = $"Visitor {i}", Purpose = "Meeting", HostUsername = "harry", BadgeNumber = $"W{i}" }, reception.Headers);
        }

        var dispatcher = server.App.Services.GetServices<IHostedService>().OfType<OutboxDispatcher>().Single();
        var (claimsBefore, savesBefore) = (counter.Claims, counter.Saves);

        Assert.Equal(signIns, await dispatcher.DispatchBatchAsync(typeof(VisitorsDbContext), CancellationToken.None));

        Assert.Equal(1, counter.Claims - claimsBefore);
        Assert.Equal(1, counter.Saves - savesBefore);
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM visitors_outbox WHERE ProcessedAtUtc IS NULL"));
        Assert.Equal(signIns, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM communications_notifications"));
    }
}
