using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Groupus.Infrastructure.Persistence;

/// <summary>Healthy when every module can reach its database; otherwise names the modules that cannot.</summary>
public sealed class ModuleDatabasesHealthCheck(IEnumerable<ModuleDbContext> modules) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var unreachable = new List<string>();
        foreach (var module in modules)
        {
            if (!await module.Database.CanConnectAsync(cancellationToken))
            {
                unreachable.Add(module.Module);
            }
        }

        return unreachable.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"The database of module(s) {string.Join(", ", unreachable)} cannot be reached.");
    }
}
