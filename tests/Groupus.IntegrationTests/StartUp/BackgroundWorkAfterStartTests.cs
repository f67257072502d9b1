using Grpc.Health.V1;
using Groupus.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Groupus.IntegrationTests.StartUp;

/// <summary>
/// Background work (sweepers, dispatchers, backfills) waits until the host has started instead of sharing the cores with
/// the start; what readiness depends on (the migrated database, the first health report) is done before (ADR 0049).
/// </summary>
public sealed class BackgroundWorkAfterStartTests
{
    [Fact]
    public async Task The_retention_sweeper_takes_no_lease_during_the_start_and_sweeps_once_the_server_has_started()
    {
        await using var server = await TestServer.StartWithAsync(services => services.AddHostedService<RetentionLeaseProbe>());
        var probe = server.App.Services.GetServices<IHostedService>().OfType<RetentionLeaseProbe>().Single();
        var scopes = server.App.Services.GetRequiredService<IServiceScopeFactory>();

        Assert.False(probe.LeaseTakenDuringStart, "the retention sweeper ran during the start");
        var health = await new Health.HealthClient(server.Channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        Assert.True(await Eventually.ValueAsync(() => RetentionLeaseProbe.IsLeaseTakenAsync(scopes, CancellationToken.None), taken => taken));
    }
}
