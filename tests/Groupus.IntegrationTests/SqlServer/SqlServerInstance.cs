using DotNet.Testcontainers.Configurations;
using Testcontainers.MsSql;

namespace Groupus.IntegrationTests.SqlServer;

/// <summary>
/// One SQL Server for the SQL Server suite: the one named by <c>GROUPUS_TEST_SQLSERVER</c> (a connection string with
/// rights to create databases), or else a throwaway SQL Server 2022 container started through Docker. Where neither
/// exists, <see cref="Unavailable"/> says why and the suite's tests are reported skipped with that reason.
/// </summary>
public sealed class SqlServerInstance : IAsyncLifetime
{
    public const string ConnectionStringVariable = "GROUPUS_TEST_SQLSERVER";
    public const string Image = "mcr.microsoft.com/mssql/server:2022-CU14-ubuntu-22.04";

    private MsSqlContainer? _container;

    /// <summary>A connection string to the server (its master database); null when <see cref="Unavailable"/>.</summary>
    public string? ConnectionString { get; private set; }

    public string? Unavailable { get; private set; }

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } configured)
        {
            ConnectionString = configured;
            return;
        }

        if (TestcontainersSettings.OS.DockerEndpointAuthConfig is null)
        {
            Unavailable = "SQL Server suite skipped: no Docker daemon is reachable here (no DOCKER_HOST, no /var/run/docker.sock), "
                + $"so no SQL Server container can start. Run it where Docker is available, or set {ConnectionStringVariable} "
                + "to a SQL Server connection string allowed to create databases. The SQL Server scripts are still checked "
                + "by SqlServerScriptTests.";
            return;
        }

        _container = new MsSqlBuilder(Image).Build();
        await _container.StartAsync();
        ConnectionString = _container.GetConnectionString();
    }

    public void SkipIfUnavailable() => Skip.If(Unavailable is not null, Unavailable);

    public async Task DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
