using Groupus.Application.Common.Messaging;
using Groupus.Infrastructure.Persistence;
using Groupus.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Groupus.IntegrationTests.Persistence;

/// <summary>Both providers' migration sets must describe today's model; no SQL Server is needed to check that.</summary>
public sealed class MigrationsTests
{
    public static TheoryData<DatabaseProvider, string> Contexts()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.SqlServer })
        {
            foreach (var module in ModuleContexts.Modules)
            {
                data.Add(provider, module);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_migrations_of_each_provider_match_the_model(DatabaseProvider provider, string module)
    {
        using var context = Create(provider, module);

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), $"{module} on {provider}: add a migration (see docs/database.md).");
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_migrations_of_each_provider_generate_sql_with_the_module_prefix(DatabaseProvider provider, string module)
    {
        using var context = Create(provider, module);

        var script = context.GetService<IMigrator>().GenerateScript();

        Assert.Contains($"{module}_outbox", script, StringComparison.Ordinal);
        Assert.Contains($"__{module}_migrations", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Canary_a_model_without_migrations_is_reported_as_lagging()
    {
        var options = (DbContextOptions<LaggingDbContext>)new DbContextOptionsBuilder<LaggingDbContext>()
            .UseGroupusDatabase(DatabaseProvider.Sqlite, "Data Source=:memory:", "lagging").Options;
        using var context = new LaggingDbContext(options);

        Assert.True(context.Database.HasPendingModelChanges());
    }

    private static ModuleDbContext Create(DatabaseProvider provider, string module) => ModuleContexts.Create(provider, module);

    private sealed class LaggingDbContext(DbContextOptions<LaggingDbContext> options) : ModuleDbContext(options, Array.Empty<IDomainEventMapper>())
    {
        public override string Module => "lagging";

        protected override void ConfigureModule(ModelBuilder modelBuilder) => modelBuilder.Entity<LaggingRow>().ToTable("lagging_rows");
    }

    private sealed class LaggingRow
    {
        public int Id { get; set; }
    }
}
