using Groupus.Infrastructure.Accounts;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Groupus.Api.Hosting;

public sealed class DatabaseHealthCheck(AccountsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database cannot be reached.");
}
