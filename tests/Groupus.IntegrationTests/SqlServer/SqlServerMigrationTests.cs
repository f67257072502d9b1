using Groupus.Api.Grpc.Auth.V1;
using Groupus.Infrastructure.Persistence;
using Groupus.IntegrationTests.Support;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Groupus.IntegrationTests.SqlServer;

/// <summary>The SQL Server migrations applied by the server at start, on a real SQL Server.</summary>
[Collection(SqlServerCollection.Name)]
public sealed class SqlServerMigrationTests(SqlServerInstance sql)
{
    [SkippableFact]
    public async Task A_new_database_gets_every_modules_migrations_and_a_second_start_applies_nothing()
    {
        sql.SkipIfUnavailable();
        using var _ = TestDatabase.UseSqlServer(sql.ConnectionString!);

        string connectionString;
        string dataDirectory;
        await using (var server = await TestServer.StartAsync())
        {
            connectionString = server.App.Services.GetRequiredService<IOptions<GroupusOptions>>().Value.ResolveConnectionString();
            dataDirectory = server.DataDirectory;
            foreach (var module in ModuleContexts.Modules)
            {
                Assert.Equal(KnownMigrations(module), await AppliedMigrationsAsync(connectionString, module));
            }

            await server.AdminAsync();
        }

        // The same database again (settings given last win over the fresh database the scope would pick): nothing
        // is left to apply, and the password changed above still signs the admin in.
        await using var again = await TestServer.StartAsync(dataDirectory, null, $"Groupus:ConnectionString={connectionString}");
        foreach (var module in ModuleContexts.Modules)
        {
            Assert.Equal(KnownMigrations(module), await AppliedMigrationsAsync(connectionString, module));
        }

        var login = await new AuthService.AuthServiceClient(again.Channel)
            .LoginAsync(new LoginRequest { Username = "admin", Password = TestServer.StrongPassword });
        Assert.NotEmpty(login.AccessToken);
    }

    private static List<string> KnownMigrations(string module)
    {
        using var context = ModuleContexts.Create(DatabaseProvider.SqlServer, module);
        return [.. context.Database.GetMigrations()];
    }

    private static async Task<List<string>> AppliedMigrationsAsync(string connectionString, string module)
    {
        await using var connection = new SqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT [MigrationId] FROM [__{module}_migrations] ORDER BY [MigrationId]";
        var applied = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            applied.Add(reader.GetString(0));
        }

        return applied;
    }
}
