using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Contracts.Visitors;
using Groupus.Infrastructure.Communications;
using Groupus.Infrastructure.Messaging;
using Groupus.Infrastructure.Visitors;
using Groupus.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Groupus.IntegrationTests.Messaging;

/// <summary>
/// The dispatcher writes to the producer's outbox twice per batch (claim, settle), not per message, and commits each
/// handler's share of the batch once, not per message; one message's failure undoes nothing of the others'.
/// </summary>
public sealed class OutboxBatchWritesTests
{
    [Fact]
    public async Task A_batch_of_events_is_claimed_in_one_write_and_settled_in_one_write()
    {
        const int signIns = 8;
        var counter = new OutboxWriteCounter();
        var consumerCounter = new OutboxWriteCounter();
        await using var server = await TestServer.StartWithAsync(
            services =>
            {
                services.ConfigureDbContext<VisitorsDbContext>((_, builder) => builder.AddInterceptors(counter));
                services.ConfigureDbContext<CommunicationsDbContext>((_, builder) => builder.AddInterceptors(consumerCounter));
            },
            settings: "Outbox:Enabled=false");
        await server.StaffAsync("harry", "support");
        var reception = await server.StaffAsync("rita", "reception");
        for (var i = 0; i < signIns; i++)
        {
            await reception.Visitors.SignInVisitorAsync(
                new SignInVisitorRequest { VisitorName = $"Visitor {i}", Purpose = "Meeting", HostUsername = "harry", BadgeNumber = $"W{i}" }, reception.Headers);
        }

        var dispatcher = server.App.Services.GetServices<IHostedService>().OfType<OutboxDispatcher>().Single();
        var (claimsBefore, savesBefore, consumerSavesBefore) = (counter.Claims, counter.Saves, consumerCounter.Saves);

        Assert.Equal(signIns, await dispatcher.DispatchBatchAsync(typeof(VisitorsDbContext), CancellationToken.None));

        Assert.Equal(1, counter.Claims - claimsBefore);
        Assert.Equal(1, counter.Saves - savesBefore);
        Assert.Equal(1, consumerCounter.Saves - consumerSavesBefore); // the host notifications and their inbox rows: one commit
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM visitors_outbox WHERE ProcessedAtUtc IS NULL"));
        Assert.Equal(signIns, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM communications_notifications"));
    }

    [Fact]
    public async Task A_handler_failing_one_message_of_a_batch_keeps_the_others_delivered_and_that_one_due_again()
    {
        const int signIns = 6;
        await using var server = await TestServer.StartWithAsync(
            services => services.AddIntegrationEventHandler<VisitorArrived, FailsForOneBadge, CommunicationsDbContext>(),
            settings: "Outbox:Enabled=false");
        await server.StaffAsync("harry", "support");
        var reception = await server.StaffAsync("rita", "reception");
        for (var i = 0; i < signIns; i++)
        {
            await reception.Visitors.SignInVisitorAsync(
                new SignInVisitorRequest { VisitorName = $"Visitor {i}", Purpose = "Meeting", HostUsername = "harry", BadgeNumber = i == 2 ? FailsForOneBadge.Badge : $"F{i}" },
                reception.Headers);
        }

        var dispatcher = server.App.Services.GetServices<IHostedService>().OfType<OutboxDispatcher>().Single();
        Assert.Equal(signIns, await dispatcher.DispatchBatchAsync(typeof(VisitorsDbContext), CancellationToken.None));

        // The real handler got all six (together); the failing one kept its five others, each with its inbox row.
        var handler = typeof(FailsForOneBadge).FullName;
        Assert.Equal(signIns + signIns - 1, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM communications_notifications"));
        Assert.Equal(signIns - 1, await DatabaseSnapshot.CountAsync(server.DatabaseFile, $"SELECT COUNT(*) FROM communications_inbox WHERE Handler = '{handler}'"));
        Assert.Equal(signIns - 1, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM visitors_outbox WHERE ProcessedAtUtc IS NOT NULL"));
        Assert.Equal(1, await DatabaseSnapshot.CountAsync(
            server.DatabaseFile, "SELECT COUNT(*) FROM visitors_outbox WHERE ProcessedAtUtc IS NULL AND Attempts = 1 AND LastError = 'InvalidOperationException'"));
    }
}
