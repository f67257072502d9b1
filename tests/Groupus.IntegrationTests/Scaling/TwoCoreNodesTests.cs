using System.Collections.Concurrent;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Visitors;
using Groupus.Infrastructure.Visitors;
using Groupus.IntegrationTests.Fax.Service;
using Groupus.IntegrationTests.Privacy;
using Groupus.IntegrationTests.Privacy.Doubles;
using Groupus.IntegrationTests.Privacy.Vault;
using Groupus.IntegrationTests.Support;
using Groupus.TestSupport.Processes;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Scaling;

/// <summary>
/// Two core nodes as two real server processes (<c>dotnet Groupus.Api.dll</c>) on the same SQLite files, as production
/// scales out on one SQL Server database: each piece of background work is done once, by one node. Where the state to
/// start from needs test doubles (a crash, old visits), an in-process server prepares the files first.
/// </summary>
public sealed class TwoCoreNodesTests
{
    private const string Email = "kim.canary@example.com";

    [Fact]
    public async Task A_backlog_of_integration_events_is_delivered_once_each_by_two_nodes_draining_it_together()
    {
        const int backlog = 600;
        var dataDirectory = TestServer.NewDataDirectory();
        await using (var seed = await TestServer.StartAsync(dataDirectory, null, "Outbox:Enabled=false"))
        {
            var rita = await seed.StaffAsync("rita", "reception");
            await rita.Visitors.SignInVisitorAsync(
                new Api.Grpc.Visitors.V1.SignInVisitorRequest { VisitorName = "Ada", Purpose = "Meeting", HostUsername = "rita", BadgeNumber = "1" }, rita.Headers);
        }

        // The one arrival copied into a backlog, as a busy reception leaves one behind an outage of the dispatcher.
        var database = Path.Combine(dataDirectory, "groupus.db");
        await DatabaseSnapshot.ExecuteAsync(database, $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {backlog - 1})
            INSERT INTO visitors_outbox (Id, Type, Payload, OccurredAtUtc, Attempts)
            SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))),
                   o.Type, o.Payload, o.OccurredAtUtc, 0
            FROM visitors_outbox o, n
            """);
        Assert.Equal(backlog, await DatabaseSnapshot.CountAsync(database, "SELECT COUNT(*) FROM visitors_outbox WHERE ProcessedAtUtc IS NULL"));

        var nodes = await StartNodesAsync(dataDirectory);
        try
        {
            await Eventually.ValueAsync(
                () => DatabaseSnapshot.CountAsync(database, "SELECT COUNT(*) FROM visitors_outbox WHERE ProcessedAtUtc IS NULL"),
                pending => pending == 0,
                attempts: 2400);

            Assert.Equal(backlog, await DatabaseSnapshot.CountAsync(database, "SELECT COUNT(*) FROM communications_notifications"));
            Assert.Equal(backlog, await DatabaseSnapshot.CountAsync(database, "SELECT COUNT(*) FROM communications_inbox"));
            // The inbox discards a second handling of a message; here no handler ran twice at all.
            Assert.All(nodes, node => Assert.Equal(0, node.CountLogged("was already handled by")));
        }
        finally
        {
            Array.ForEach(nodes, node => node.Dispose());
        }
    }

    [Fact]
    public async Task A_subject_key_destroyed_through_one_node_opens_nothing_through_the_other_within_seconds()
    {
        var dataDirectory = TestServer.NewDataDirectory();
        var database = Path.Combine(dataDirectory, "groupus.db");
        await using var first = await RequestWorld.StartAsync(providers: [], dataDirectory: dataDirectory);
        var reception = await first.Server.StaffAsync("rita", "reception");
        var visit = await SubjectSeeds.VisitAsync(first.Server.App.Services, "Kim Canary", "Canary Engines Ltd", "Contract signing");
        var subject = await first.EnrolAsync(Email, "+447700900011");

        using var second = await CoreProcess.StartAsync(dataDirectory, "node-b", "Logging:LogLevel:Groupus.Infrastructure.Privacy.Vault=Debug");
        var login = await new AuthService.AuthServiceClient(second.Channel).LoginAsync(new LoginRequest { Username = "rita", Password = TestServer.StrongPassword });
        var atSecond = new StaffSession(second.Channel, login.AccessToken);
        Assert.Equal("Kim Canary", await OnSiteNameAsync(atSecond));

        // The visit's sealed row, kept to be put back after the erasure: the second node's only way to show the name
        // again is a key it should no longer have.
        await DatabaseSnapshot.ExecuteAsync(database, $"CREATE TABLE kept_visit AS SELECT * FROM visitors_visits WHERE Id = '{visit.Id.ToString().ToUpperInvariant()}'");
        var request = await first.VerifiedAsync(subject, RequestType.Erasure, Email, visit.DataSubjectId);
        var erased = await first.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = request.Id }, first.Officer.Headers);
        Assert.Equal(RequestStatus.Completed, erased.Status);
        await DatabaseSnapshot.ExecuteAsync(database, """
            INSERT OR REPLACE INTO visitors_visits SELECT * FROM kept_visit;
            UPDATE visitors_change_stamp SET Value = Value + 1;
            """);
        Assert.Equal("[erased]", await OnSiteNameAsync(reception));

        string seenBySecond;
        try
        {
            seenBySecond = await Eventually.ValueAsync(() => OnSiteNameAsync(atSecond), name => name != "Kim Canary", attempts: 200);
        }
        catch (Xunit.Sdk.XunitException stale)
        {
            throw new Xunit.Sdk.XunitException($"{stale.Message}\nNode B's log:\n{second.Output}");
        }

        Assert.Equal("[erased]", seenBySecond);
    }

    [Fact]
    public async Task An_interrupted_erasure_is_resumed_by_one_node_only()
    {
        var dataDirectory = TestServer.NewDataDirectory();
        var database = Path.Combine(dataDirectory, "groupus.db");
        var crash = new CrashSwitch(1);
        string requestId;
        await using (var crashed = await RequestWorld.StartAsync(providers: [], dataDirectory: dataDirectory, crashRealModules: crash))
        {
            var subject = await crashed.EnrolAsync(Email, "+447700900011");
            await SubjectSeeds.ProspectAsync(crashed.Server.App.Services, "Kim Canary", "Canary Engines Ltd", Email, "Quote for 40 seats", "Called back");
            var request = await crashed.VerifiedAsync(subject, RequestType.Erasure, Email);
            requestId = request.Id;
            await RpcFailure.Of(() => crashed.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = requestId }, crashed.Officer.Headers));
            Assert.True(crash.Crashed);
        }

        var nodes = await StartNodesAsync(dataDirectory);
        try
        {
            await Eventually.ValueAsync(
                () => DatabaseSnapshot.CountAsync(database, $"SELECT COUNT(*) FROM privacy_requests WHERE Id = '{requestId.ToUpperInvariant()}' AND Status = 'Completed'"),
                completed => completed == 1,
                attempts: 600);

            // The console log is written after the commit: wait for the line, then count.
            await Eventually.ValueAsync(() => Task.FromResult(nodes.Sum(node => node.CountLogged("resumed after an interruption"))), resumed => resumed > 0);
            Assert.Equal(1, nodes.Sum(node => node.CountLogged("resumed after an interruption")));
            Assert.All(nodes, node => Assert.Equal(0, node.CountLogged("could not be resumed")));
            // One run: each step journalled done once in the audit chain.
            var steps = await DatabaseSnapshot.CountAsync(database, $"SELECT COUNT(*) FROM privacy_request_steps WHERE RequestId = '{requestId.ToUpperInvariant()}'");
            Assert.Equal(steps, await DatabaseSnapshot.CountAsync(database, "SELECT COUNT(*) FROM privacy_audit WHERE Action = 'request.step-done'"));
        }
        finally
        {
            Array.ForEach(nodes, node => node.Dispose());
        }
    }

    [Fact]
    public async Task Visits_past_retention_are_swept_once_by_one_of_two_nodes()
    {
        const int expired = 30;
        var dataDirectory = TestServer.NewDataDirectory();
        var database = Path.Combine(dataDirectory, "groupus.db");
        await using (var seed = await TestServer.StartAsync(dataDirectory, null, "Visitors:Retention:SweepInterval=01:00:00"))
        {
            using var scope = seed.App.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<VisitorsDbContext>();
            var registry = scope.ServiceProvider.GetRequiredService<IDataSubjectRegistry>();
            var longAgo = DateTime.UtcNow.AddDays(-90);
            for (var n = 0; n < expired; n++)
            {
                var visit = Visit.PreRegister($"Visitor {n}", "Old Company", "Old meeting", new VisitHost(Guid.CreateVersion7(), "host", "Host Person"), longAgo, longAgo);
                visit.SignIn("Old meeting", $"old-{n}", longAgo);
                visit.SignOut(longAgo.AddHours(1));
                visit.LinkDataSubject(await registry.EnrolAsync([SubjectIdentifier.NameAndCompany($"Visitor {n}", "Old Company")], CancellationToken.None));
                db.Visits.Add(visit);
            }

            await db.SaveChangesAsync();
        }

        var nodes = await StartNodesAsync(dataDirectory, "Visitors:Retention:SweepInterval=00:00:00.200");
        try
        {
            await Eventually.ValueAsync(
                () => DatabaseSnapshot.CountAsync(database, "SELECT COALESCE(SUM(AnonymisedCount), 0) FROM visitors_retention_runs"),
                anonymised => anonymised >= expired,
                attempts: 600);

            Assert.Equal(expired, await DatabaseSnapshot.CountAsync(database, "SELECT SUM(AnonymisedCount) FROM visitors_retention_runs"));
            Assert.All(nodes, node => Assert.Equal(0, node.CountLogged("Visitor retention sweep refused") + node.CountLogged("Visitor retention sweep failed")));
        }
        finally
        {
            Array.ForEach(nodes, node => node.Dispose());
        }
    }

    [Fact]
    public async Task Queued_fax_jobs_are_leased_once_each_when_gateways_on_two_nodes_ask_at_the_same_time()
    {
        const int queued = 24;
        var dataDirectory = TestServer.NewDataDirectory();
        var database = Path.Combine(dataDirectory, "groupus.db");
        var credentials = new List<(string Id, string Secret)>();
        await using (var seed = await TestServer.StartAsync(dataDirectory))
        {
            var admin = await seed.AdminAsync();
            var customer = await FaxCustomer.CreateAsync(seed, admin, "Alpha Widgets Ltd", "alice-alpha");
            foreach (var name in (string[])["gw-a", "gw-b"])
            {
                var issued = await new GatewayCredentialService.GatewayCredentialServiceClient(seed.Channel)
                    .IssueGatewayCredentialAsync(new IssueGatewayCredentialRequest { Name = name }, admin.Headers);
                credentials.Add((issued.Credential.Id, issued.Secret));
            }

            // A number each: one number has one call at a time, which would otherwise serialise the whole queue.
            for (var n = 0; n < queued; n++)
            {
                await customer.SendPdfAsync(pages: 1, to: $"020 7946 {n + 100:0000}");
            }
        }

        var nodes = await StartNodesAsync(dataDirectory);
        var gateways = new List<FakeGateway>();
        try
        {
            for (var i = 0; i < nodes.Length; i++)
            {
                gateways.Add(await FakeGateway.SignInAsync(nodes[i].Channel, credentials[i].Id, credentials[i].Secret));
            }

            var lines = Enumerable.Range(1, 4).Select(n => FakeGateway.Line($"l{n}")).ToArray();
            await Task.WhenAll(gateways.Select(g => g.ConnectAsync(lines, [])));

            // Every line of both gateways turns idle at once: both nodes lease from the same queue at the same moment.
            var dialled = new ConcurrentQueue<(string Gateway, string JobId)>();
            await Task.WhenAll(gateways.Select(async g =>
            {
                foreach (var line in lines)
                {
                    await g.IdleAsync(line.LineId);
                }
            }));
            await Task.WhenAll(gateways.Select(g => DialUntilQueueIsEmptyAsync(g, dialled, queued)));

            var jobs = dialled.Select(d => d.JobId).ToList();
            Assert.Equal(queued, jobs.Distinct().Count());
            Assert.Equal(queued, jobs.Count);
            // Both nodes took part, or the test proved nothing about two of them.
            Assert.All(gateways, g => Assert.Contains(dialled, d => d.Gateway == g.GatewayId));
            Assert.Equal(queued, await DatabaseSnapshot.CountAsync(database, "SELECT COUNT(*) FROM fax_jobs WHERE State = 'Done'"));
            Assert.Equal(queued, await DatabaseSnapshot.CountAsync(database, "SELECT COUNT(*) FROM fax_attempts"));
        }
        finally
        {
            foreach (var gateway in gateways)
            {
                await gateway.DisposeAsync();
            }

            Array.ForEach(nodes, node => node.Dispose());
        }
    }

    /// <summary>
    /// Plays a gateway whose calls all succeed at once: each assignment is finished and its line idle again, until every
    /// queued job is done and nothing more comes (a second lease of a job would arrive as one more assignment).
    /// </summary>
    private static async Task DialUntilQueueIsEmptyAsync(FakeGateway gateway, ConcurrentQueue<(string Gateway, string JobId)> dialled, int queued)
    {
        var until = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < until)
        {
            var quietFor = dialled.Count >= queued ? TimeSpan.FromSeconds(3) : TimeSpan.FromSeconds(1);
            if ((await gateway.NextAsync(CoreMessage.MessageOneofCase.AssignJob, quietFor))?.AssignJob is not { } job)
            {
                if (dialled.Count >= queued)
                {
                    return;
                }

                continue;
            }

            dialled.Enqueue((gateway.GatewayId, job.JobId));
            await gateway.FinishAsync(job, CallOutcome.Success, FakeGateway.Confirmed(1));
            await gateway.IdleAsync(job.LineId);
        }
    }

    /// <summary>Two nodes started together, so that each finds the same work waiting.</summary>
    private static async Task<CoreProcess[]> StartNodesAsync(string dataDirectory, params string[] settings)
    {
        var starting = new[] { CoreProcess.StartAsync(dataDirectory, "node-a", settings), CoreProcess.StartAsync(dataDirectory, "node-b", settings) };
        try
        {
            return await Task.WhenAll(starting);
        }
        catch
        {
            foreach (var node in starting.Where(t => t.IsCompletedSuccessfully))
            {
                node.Result.Dispose();
            }

            throw;
        }
    }

    private static async Task<string> OnSiteNameAsync(StaffSession session) =>
        (await session.Visitors.ListOnSiteAsync(new Api.Grpc.Visitors.V1.ListOnSiteRequest(), session.Headers)).Visits.Single().VisitorName;
}
