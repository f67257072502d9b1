using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Cli.Tests.Fakes;

namespace Groupus.Cli.Tests.Harness;

/// <summary>Each specification gets its own fake server and its own CLI config home.</summary>
public abstract class CliSpecification : IAsyncLifetime
{
    protected const string Token = "token-for-alice";

    private FakeGroupusServer? server;
    private CliHarness? cli;

    protected FakeGroupusServer Server => server ?? throw new InvalidOperationException("Not initialised.");

    protected FakeBackend Backend => Server.Backend;

    protected CliHarness Cli => cli ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        server = await FakeGroupusServer.StartAsync();
        cli = new CliHarness(server.Address);
    }

    public async Task DisposeAsync()
    {
        cli?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    protected LoginResponse SessionFor(string username, params string[] roles) => new()
    {
        AccessToken = $"token-for-{username}",
        Username = username,
        Roles = { roles },
        ExpiresAt = Timestamp.FromDateTimeOffset(Cli.Clock.Now.AddHours(8)),
    };

    /// <summary>Logs in through the real login command so later calls use a genuinely saved session.</summary>
    protected async Task LoggedInAsAliceAsync()
    {
        Backend.On<LoginRequest, LoginResponse>(_ => SessionFor("alice", "reception"));
        var login = await Cli.RunAsync(["login", "--username", "alice", "--password-stdin"], "correct horse\n");
        Assert.Equal(0, login.ExitCode);
    }
}
