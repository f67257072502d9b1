using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Groupus.Api.Hosting;

/// <summary>
/// Publishes one health report before the server listens. Health calls read the last published report, so without this a
/// probe arriving before the periodic publisher's first run is answered NotFound instead of SERVING or NOT_SERVING.
/// </summary>
/// <remarks>Registered after the database migrator, so the first report describes a migrated database.</remarks>
public sealed class InitialHealthReport(HealthCheckService checks, IEnumerable<IHealthCheckPublisher> publishers) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var report = await checks.CheckHealthAsync(cancellationToken);
        foreach (var publisher in publishers)
        {
            await publisher.PublishAsync(report, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
