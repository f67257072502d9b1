using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Infrastructure.Communications;
using Groupus.Infrastructure.Messaging;
using Groupus.Infrastructure.Visitors;
using Groupus.IntegrationTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Persistence;

/// <summary>
/// The write path on the real server and real SQLite files: connection pragmas set once per physical connection,
/// one transaction for a unit of work that changes several modules, and concurrent sign-ins that all land.
/// </summary>
public sealed class WritePathTests
{
    [Fact]
    public async Task Pragmas_are_set_once_per_physical_connection_not_on_every_open_from_the_pool()
    {
        await using var server = await TestServer.StartAsync();
        object marked;
        using (var scope = server.App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VisitorsDbContext>();
            await db.Database.OpenConnectionAsync();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            Assert.Equal(5000L, await ScalarAsync(connection, "PRAGMA busy_timeout"));
            Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA synchronous")); // NORMAL
            Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
            await ScalarAsync(connection, "PRAGMA busy_timeout = 1234");
            marked = connection.Handle!;
            await db.Database.CloseConnectionAsync();
        }

        // The pool hands the same native connection back: opened again, it keeps what it had (nothing ran on it).
        for (var attempt = 0; ; attempt++)
        {
            using var scope = server.App.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<VisitorsDbContext>();
            await db.Database.OpenConnectionAsync();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            if (ReferenceEquals(connection.Handle, marked))
            {
                Assert.Equal(1234L, await ScalarAsync(connection, "PRAGMA busy_timeout"));
                return;
            }

            Assert.True(attempt < 50, "The pool never handed the marked connection back.");
        }
    }

    [Fact]
    public async Task A_unit_of_work_changing_two_modules_commits_both_or_neither()
    {
        await using var server = await TestServer.StartAsync(settings: "Outbox:Enabled=false");
        var taken = Guid.CreateVersion7();
        using (var scope = server.App.Services.CreateScope())
        {
            var communications = scope.ServiceProvider.GetRequiredService<CommunicationsDbContext>();
            communications.Outbox.Add(Message(taken));
            await communications.SaveChangesAsync();
        }

        // Visitors saves first; communications then fails at the commit (its row's key is taken): visitors' row must go too.
        var visitorsRow = Guid.CreateVersion7();
        using (var scope = server.App.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<VisitorsDbContext>().Outbox.Add(Message(visitorsRow));
            scope.ServiceProvider.GetRequiredService<CommunicationsDbContext>().Outbox.Add(Message(taken));
            var failed = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(CancellationToken.None);
            Assert.Equal(ErrorKind.AlreadyExists, failed.Error?.Kind);
        }

        Assert.False(await OutboxHoldsAsync<VisitorsDbContext>(server, visitorsRow));

        var both = (Visitors: Guid.CreateVersion7(), Communications: Guid.CreateVersion7());
        using (var scope = server.App.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<VisitorsDbContext>().Outbox.Add(Message(both.Visitors));
            scope.ServiceProvider.GetRequiredService<CommunicationsDbContext>().Outbox.Add(Message(both.Communications));
            var committed = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(CancellationToken.None);
            Assert.True(committed.IsSuccess);

            // The contexts left the shared transaction and keep working on the scope's connection after the commit.
            Assert.Null(scope.ServiceProvider.GetRequiredService<CommunicationsDbContext>().Database.CurrentTransaction);
            Assert.True(await scope.ServiceProvider.GetRequiredService<CommunicationsDbContext>().Outbox.AnyAsync(m => m.Id == both.Communications));
        }

        Assert.True(await OutboxHoldsAsync<VisitorsDbContext>(server, both.Visitors));
        Assert.True(await OutboxHoldsAsync<CommunicationsDbContext>(server, both.Communications));
    }

    [Fact]
    public async Task The_contexts_of_a_scope_share_one_open_connection_that_no_other_scope_holds_at_the_same_time()
    {
        await using var server = await TestServer.StartAsync(settings: "Outbox:Enabled=false");
        DbConnectionPair first;
        using (var scope = server.App.Services.CreateScope())
        using (var other = server.App.Services.CreateScope())
        {
            first = new(
                scope.ServiceProvider.GetRequiredService<VisitorsDbContext>().Database.GetDbConnection(),
                scope.ServiceProvider.GetRequiredService<CommunicationsDbContext>().Database.GetDbConnection());
            var another = other.ServiceProvider.GetRequiredService<VisitorsDbContext>().Database.GetDbConnection();

            Assert.Same(first.Visitors, first.Communications);
            Assert.NotSame(first.Visitors, another);
            Assert.Equal(System.Data.ConnectionState.Open, first.Visitors.State);

            // EF Core's SQL functions are registered on it (a decimal comparison is translated to ef_compare).
            Assert.Equal(-1L, await ScalarAsync((SqliteConnection)first.Visitors, "SELECT ef_compare('1.5', '2.5')"));
        }

        // Given back open, with nothing pending: the next scope may have it, never two scopes at once.
        Assert.Equal(System.Data.ConnectionState.Open, first.Visitors.State);
        using (var scope = server.App.Services.CreateScope())
        {
            var connection = (SqliteConnection)scope.ServiceProvider.GetRequiredService<VisitorsDbContext>().Database.GetDbConnection();
            Assert.Equal(5000L, await ScalarAsync(connection, "PRAGMA busy_timeout"));
        }
    }

    [Fact]
    public async Task A_connection_given_back_inside_a_transaction_is_closed_not_handed_to_the_next_scope()
    {
        await using var server = await TestServer.StartAsync(settings: "Outbox:Enabled=false");
        SqliteConnection left;
        using (var scope = server.App.Services.CreateScope())
        {
            left = (SqliteConnection)scope.ServiceProvider.GetRequiredService<VisitorsDbContext>().Database.GetDbConnection();
            await ScalarAsync(left, "BEGIN");
        }

        Assert.Equal(System.Data.ConnectionState.Closed, left.State);
        using (var scope = server.App.Services.CreateScope())
        {
            Assert.NotSame(left, scope.ServiceProvider.GetRequiredService<VisitorsDbContext>().Database.GetDbConnection());
        }
    }

    [Fact]
    public async Task Commits_reach_the_database_file_through_the_background_checkpointer_not_a_writers_turn()
    {
        await using var server = await TestServer.StartAsync();
        var reception = await server.StaffAsync("rita", "reception");
        using (var scope = server.App.Services.CreateScope())
        {
            var connection = (SqliteConnection)scope.ServiceProvider.GetRequiredService<VisitorsDbContext>().Database.GetDbConnection();
            Assert.Equal(0L, await ScalarAsync(connection, "PRAGMA wal_autocheckpoint"));
        }

        foreach (var badge in new[] { "K1", "K2", "K3" })
        {
            await reception.Visitors.SignInVisitorAsync(
                new SignInVisitorRequest { VisitorName = $"Visitor {badge}", Company = "Acme", Purpose = "Meeting", HostUsername = "rita", BadgeNumber = badge },
                reception.Headers);
        }

        // A few commits are far below SQLite's own 1,000-page threshold: only the checkpointer copies them into the file.
        // The file alone (no -wal beside it) then holds them.
        var copy = Path.Combine(TestServer.NewDataDirectory(), "copy.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        await Eventually.ValueAsync(
            async () =>
            {
                File.Copy(server.DatabaseFile, copy, overwrite: true);
                foreach (var leftover in new[] { copy + "-wal", copy + "-shm" })
                {
                    File.Delete(leftover);
                }

                try
                {
                    return await DatabaseSnapshot.CountAsync(copy, "SELECT COUNT(*) FROM visitors_visits WHERE BadgeNumber IN ('K1', 'K2', 'K3')");
                }
                catch (SqliteException)
                {
                    return -1L; // copied mid-checkpoint; the next attempt copies again
                }
            },
            count => count == 3);
    }

    [Fact]
    public async Task Concurrent_sign_ins_through_the_server_all_land_and_both_files_stay_sound()
    {
        await using var server = await TestServer.StartAsync();
        var reception = await server.StaffAsync("rita", "reception");
        var badges = Enumerable.Range(1, 120).Select(i => $"C{i}").ToList();

        await Parallel.ForEachAsync(badges, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (badge, token) =>
            await reception.Visitors.SignInVisitorAsync(
                new SignInVisitorRequest { VisitorName = $"Visitor {badge}", Company = "Acme", Purpose = "Meeting", HostUsername = "rita", BadgeNumber = badge },
                reception.Headers,
                cancellationToken: token));

        using (var scope = server.App.Services.CreateScope())
        {
            var visits = await scope.ServiceProvider.GetRequiredService<VisitorsDbContext>().Visits.AsNoTracking().ToListAsync();
            Assert.Equal(badges.Order(), visits.Select(v => v.BadgeNumber!).Order());
            Assert.All(visits, v => Assert.Equal($"Visitor {v.BadgeNumber}", v.VisitorName));
            Assert.Equal(badges.Count, visits.Select(v => v.DataSubjectId).Distinct().Count());
        }

        foreach (var file in new[] { server.DatabaseFile, Path.Combine(server.DataDirectory, "privacy-vault.db") })
        {
            await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
            await connection.OpenAsync();
            Assert.Equal("ok", await ScalarAsync(connection, "PRAGMA integrity_check"));
        }
    }

    [Fact]
    public async Task Concurrent_sign_ins_take_turns_for_the_write_lock_in_the_process_not_in_SQLites_busy_handler()
    {
        var overlap = new WriteTransactionOverlap();
        await using var server = await TestServer.StartWithAsync(services =>
        {
            // The writers of a sign-in: its unit of work, and the outbox dispatcher's claim, delivery and settlement.
            services.ConfigureDbContext<VisitorsDbContext>((_, builder) => builder.AddInterceptors(overlap));
            services.ConfigureDbContext<CommunicationsDbContext>((_, builder) => builder.AddInterceptors(overlap));
        });
        var reception = await server.StaffAsync("rita", "reception");
        var badges = Enumerable.Range(1, 60).Select(i => $"Q{i}").ToList();
        var expected = (long)badges.Count;

        await Parallel.ForEachAsync(badges, new ParallelOptions { MaxDegreeOfParallelism = 20 }, async (badge, token) =>
            await reception.Visitors.SignInVisitorAsync(
                new SignInVisitorRequest { VisitorName = $"Visitor {badge}", Company = "Acme", Purpose = "Meeting", HostUsername = "rita", BadgeNumber = badge },
                reception.Headers,
                cancellationToken: token));
        await Eventually.ValueAsync(
            () => DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM visitors_outbox WHERE ProcessedAtUtc IS NULL"),
            pending => pending == 0);

        Assert.Equal(expected, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(DISTINCT BadgeNumber) FROM visitors_visits"));
        Assert.Equal(expected, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM visitors_visits"));
        Assert.Equal(expected, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM communications_notifications"));
        Assert.Equal(1, overlap.Most);
    }

    private sealed record DbConnectionPair(System.Data.Common.DbConnection Visitors, System.Data.Common.DbConnection Communications);

    private static OutboxMessage Message(Guid id) =>
        new() { Id = id, Type = "Groupus.Tests.Nothing", Payload = "{}", OccurredAtUtc = DateTime.UtcNow };

    private static async Task<bool> OutboxHoldsAsync<TContext>(TestServer server, Guid id)
        where TContext : Groupus.Infrastructure.Persistence.ModuleDbContext
    {
        using var scope = server.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TContext>().Outbox.AnyAsync(m => m.Id == id);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
