using System.Collections.Concurrent;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.IntegrationTests.Support;
using Groupus.TestSupport.Processes;
using Grpc.Core;

namespace Groupus.IntegrationTests.Visitors;

/// <summary>
/// A walk-in's key is committed in the privacy vault (a file of its own) before the visit sealed under it is committed
/// in the database. A server killed while sign-ins are in flight leaves every visit it committed readable under a key
/// of its own after a restart, and every sign-in it acknowledged committed; what was in flight is there whole or not at all.
/// </summary>
public sealed class SignInCrashTests
{
    private const int Streams = 10;

    [Fact]
    public async Task Sign_ins_in_flight_when_the_server_is_killed_leave_every_committed_visit_readable_under_its_own_key()
    {
        var dataDirectory = TestServer.NewDataDirectory();
        await using (var seed = await TestServer.StartAsync(dataDirectory))
        {
            await seed.StaffAsync("rita", "reception");
        }

        var acknowledged = new ConcurrentBag<string>();
        using (var node = await CoreProcess.StartAsync(dataDirectory, "killed-while-signing-in"))
        {
            var login = await new AuthService.AuthServiceClient(node.Channel).LoginAsync(new LoginRequest { Username = "rita", Password = TestServer.StrongPassword });
            var rita = new StaffSession(node.Channel, login.AccessToken);
            var sent = 0;
            async Task SignInUntilKilledAsync()
            {
                while (true)
                {
                    var n = Interlocked.Increment(ref sent);
                    try
                    {
                        await rita.Visitors.SignInVisitorAsync(WalkIn(n), rita.Headers);
                    }
                    catch (RpcException)
                    {
                        return;
                    }

                    acknowledged.Add(NameOf(n));
                }
            }

            var streams = Enumerable.Range(0, Streams).Select(_ => Task.Run(SignInUntilKilledAsync)).ToArray();
            await Eventually.ValueAsync(() => Task.FromResult(acknowledged.Count), count => count >= 150, attempts: 2400);
            node.Process.Kill();
            await Task.WhenAll(streams);
        }

        await using var restarted = await TestServer.StartAsync(dataDirectory);
        var reception = await restarted.StaffAsync("rosa", "reception");
        var onSite = (await reception.Visitors.ListOnSiteAsync(new ListOnSiteRequest { PageSize = 1000 }, reception.Headers)).Visits;

        var names = onSite.Select(visit => visit.VisitorName).ToList();
        Assert.Subset(names.ToHashSet(), acknowledged.ToHashSet());
        Assert.All(names, name => Assert.StartsWith("Walk-in ", name, StringComparison.Ordinal));
        var database = Path.Combine(dataDirectory, "groupus.db");
        Assert.Equal(names.Count, await DatabaseSnapshot.CountAsync(database, "SELECT COUNT(DISTINCT DataSubjectId) FROM visitors_visits"));
    }

    private static string NameOf(int n) => $"Walk-in {n:D4}";

    private static SignInVisitorRequest WalkIn(int n) =>
        new() { VisitorName = NameOf(n), Company = "Crash Test Ltd", Purpose = "Interview", HostUsername = "rita", BadgeNumber = $"C{n}" };
}
