using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Persistence.DesignTime;

/// <summary>
/// Builds a module DbContext for `dotnet ef` in a migrations project. No database is contacted:
/// the connection strings only select the provider.
/// </summary>
public static class DesignTimeContextFactory
{
    public static TContext Create<TContext>(DatabaseProvider provider, string module)
        where TContext : ModuleDbContext
    {
        var connectionString = provider == DatabaseProvider.Sqlite
            ? "Data Source=design-time.db"
            : "Server=(local);Database=Groupus;Trusted_Connection=True;TrustServerCertificate=True";
        var options = new DbContextOptionsBuilder<TContext>().UseGroupusDatabase(provider, connectionString, module).Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options, Array.Empty<Application.Common.Messaging.IDomainEventMapper>())!;
    }
}
