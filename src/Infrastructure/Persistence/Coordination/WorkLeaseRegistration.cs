using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Groupus.Infrastructure.Persistence.Coordination;

internal static class WorkLeaseRegistration
{
    /// <summary>Leases for singleton jobs kept in <typeparamref name="TContext"/>'s <c>_work_leases</c> table.</summary>
    public static IServiceCollection AddWorkLeases<TContext>(this IServiceCollection services)
        where TContext : ModuleDbContext
    {
        services.TryAddSingleton<NodeIdentity>();
        services.TryAddSingleton<WorkLeases<TContext>>();
        return services;
    }
}
