using Grpc.Health.V1;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Persistence;

/// <summary>
/// A start with nothing to migrate looks at each module's migration history and does no more: EF's migrator (its lock,
/// and its comparison of the model with the migrations' snapshot, which builds both models) stays out of the start.
/// </summary>
public sealed class StartUpMigrationTests
{
    private const string EfMigrationsCategory = " Microsoft.EntityFrameworkCore.Migrations:";

    // EF's migrator logs every step it takes at Debug and above; recorded, it shows whether the migrator ran.
    private static readonly string[] MigratorLogged = ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations=Debug"];

    [Fact]
    public async Task A_second_start_on_the_same_data_applies_no_migration_and_does_not_run_the_migrator()
    {
        var dataDirectory = TestServer.NewDataDirectory();
        await using (var first = await TestServer.StartAsync(dataDirectory, null, MigratorLogged))
        {
            foreach (var module in ModuleContexts.Modules)
            {
                var line = Assert.Single(first.Logs.Lines, l => l.Contains($"Database for module {module} is up to date:", StringComparison.Ordinal));
                Assert.DoesNotContain(": 0 migration(s) applied", line, StringComparison.Ordinal);
            }

            // The canary: the first start's migrator is seen in the log, so its absence below means something.
            Assert.Contains(first.Logs.Lines, l => l.Contains(EfMigrationsCategory, StringComparison.Ordinal));
        }

        await using var second = await TestServer.StartAsync(dataDirectory, null, MigratorLogged);

        foreach (var module in ModuleContexts.Modules)
        {
            Assert.Single(second.Logs.Lines, l => l.Contains($"Database for module {module} is up to date: 0 migration(s) applied", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(second.Logs.Lines, l => l.Contains(EfMigrationsCategory, StringComparison.Ordinal));
        var health = await new Health.HealthClient(second.Channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }
}
