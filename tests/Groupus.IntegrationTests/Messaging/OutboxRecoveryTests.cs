using Groupus.Api.Grpc.Visitors.V1;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Messaging;

public sealed class OutboxRecoveryTests
{
    private const string Notifications = "SELECT COUNT(*) FROM communications_notifications";
    private const string Undelivered = "SELECT COUNT(*) FROM visitors_outbox WHERE ProcessedAtUtc IS NULL";

    [Fact]
    public async Task An_event_committed_before_a_crash_is_delivered_after_restart_exactly_once()
    {
        var dataDirectory = TestServer.NewDataDirectory();
        string database;

        // The server stops after the sign-in commits and before any delivery: its dispatcher never runs.
        await using (var crashed = await TestServer.StartAsync(dataDirectory, null, "Outbox:Enabled=false"))
        {
            await crashed.StaffAsync("harry", "support");
            var reception = await crashed.StaffAsync("rita", "reception");
            await reception.Visitors.SignInVisitorAsync(
                new SignInVisitorRequest { VisitorName = "Ada", Purpose = "Meeting", HostUsername = "harry", BadgeNumber = "1" }, reception.Headers);
            database = crashed.DatabaseFile;
            Assert.Equal(1, await DatabaseSnapshot.CountAsync(database, Undelivered));
            Assert.Equal(0, await DatabaseSnapshot.CountAsync(database, Notifications));
        }

        await using (await TestServer.StartAsync(dataDirectory))
        {
            await Eventually.ValueAsync(() => DatabaseSnapshot.CountAsync(database, Undelivered), pending => pending == 0);
            Assert.Equal(1, await DatabaseSnapshot.CountAsync(database, Notifications));
        }

        // A crash after the handler committed but before the message was marked delivered: it is delivered again.
        await DatabaseSnapshot.ExecuteAsync(database, "UPDATE visitors_outbox SET ProcessedAtUtc = NULL");
        await using (await TestServer.StartAsync(dataDirectory))
        {
            await Eventually.ValueAsync(() => DatabaseSnapshot.CountAsync(database, Undelivered), pending => pending == 0);
            Assert.Equal(1, await DatabaseSnapshot.CountAsync(database, Notifications));
            Assert.Equal(1, await DatabaseSnapshot.CountAsync(database, "SELECT COUNT(*) FROM communications_inbox"));
        }
    }

    [Fact]
    public async Task A_backlog_larger_than_one_batch_is_delivered_and_marked_exactly_once()
    {
        const int signIns = 60; // more than one dispatch batch (50), each message saved on its own within its batch
        var dataDirectory = TestServer.NewDataDirectory();
        string database;
        await using (var stopped = await TestServer.StartAsync(dataDirectory, null, "Outbox:Enabled=false"))
        {
            await stopped.StaffAsync("harry", "support");
            var reception = await stopped.StaffAsync("rita", "reception");
            for (var i = 0; i < signIns; i++)
            {
                await reception.Visitors.SignInVisitorAsync(
                    new SignInVisitorRequest { VisitorName = $"Visitor {i}", Purpose = "Meeting", HostUsername = "harry", BadgeNumber = $"B{i}" }, reception.Headers);
            }

            database = stopped.DatabaseFile;
            Assert.Equal(signIns, await DatabaseSnapshot.CountAsync(database, Undelivered));
        }

        await using (await TestServer.StartAsync(dataDirectory))
        {
            await Eventually.ValueAsync(() => DatabaseSnapshot.CountAsync(database, Undelivered), pending => pending == 0);
            Assert.Equal(signIns, await DatabaseSnapshot.CountAsync(database, Notifications));
            Assert.Equal(signIns, await DatabaseSnapshot.CountAsync(database, "SELECT COUNT(*) FROM communications_inbox"));
            Assert.Equal(0, await DatabaseSnapshot.CountAsync(database, "SELECT COUNT(*) FROM visitors_outbox WHERE Attempts > 0"));
        }
    }
}
