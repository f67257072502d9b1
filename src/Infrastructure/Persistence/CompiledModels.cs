using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// The compiled models (`dotnet ef dbcontext optimize`, scripts/compiled-models.sh) that the provider's migrations
/// assembly holds: a context given one skips building its model from its configuration at start-up. A context with
/// query filters has none (EF Core cannot compile them) and builds its model as before (ADR 0049).
/// </summary>
public static class CompiledModels
{
    /// <summary>The compiled model of <paramref name="contextType"/> for <paramref name="provider"/>, or null if it has none.</summary>
    public static IModel? Find(Type contextType, DatabaseProvider provider)
    {
        var assembly = Assembly.Load(new AssemblyName(provider switch
        {
            DatabaseProvider.Sqlite => DatabaseProviderSetup.SqliteMigrationsAssembly,
            DatabaseProvider.SqlServer => DatabaseProviderSetup.SqlServerMigrationsAssembly,
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        }));
        var modelType = assembly.GetCustomAttributes<DbContextModelAttribute>().SingleOrDefault(a => a.ContextType == contextType)?.ModelType;
        return (IModel?)modelType?.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
    }
}
