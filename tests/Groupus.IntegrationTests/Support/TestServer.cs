using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Hosting;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Groupus.IntegrationTests.Support;

/// <summary>
/// The real server (Kestrel on a loopback port, SQLite file in its own data directory) with a real gRPC channel.
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    public const string StrongPassword = "correct horse battery staple";

    private TestServer(WebApplication app, string dataDirectory, LogRecorder logs, SettableClock? clock)
    {
        App = app;
        DataDirectory = dataDirectory;
        Logs = logs;
        Clock = clock;
        Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Channel = GrpcChannel.ForAddress(Address);
    }

    public WebApplication App { get; }

    /// <summary>The bound address with its scheme, e.g. http://127.0.0.1:41234.</summary>
    public string Address { get; }

    public string DataDirectory { get; }

    public string DatabaseFile => Path.Combine(DataDirectory, "groupus.db");

    public LogRecorder Logs { get; }

    public SettableClock? Clock { get; }

    public GrpcChannel Channel { get; }

    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "groupus-tests", Guid.NewGuid().ToString("N"));

    public static Task<TestServer> StartAsync(string? dataDirectory = null, SettableClock? clock = null, params string[] settings) =>
        StartWithAsync(null, dataDirectory, clock, settings);

    /// <summary>
    /// The server with services registered after the real ones: they replace single services, add to collections
    /// (personal-data providers) and may decorate what is there (<see cref="ServiceDecoration"/>).
    /// </summary>
    public static async Task<TestServer> StartWithAsync(Action<IServiceCollection>? services, string? dataDirectory = null, SettableClock? clock = null, params string[] settings)
    {
        dataDirectory ??= NewDataDirectory();
        var logs = new LogRecorder();
        string[] args =
        [
            $"--Groupus:DataDirectory={dataDirectory}",
            "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:0",
            "--Outbox:PollInterval=00:00:00.100",
            "--Logging:LogLevel:Default=Information",
            "--Logging:LogLevel:Microsoft=Warning",
            .. TestDatabase.ServerSettings().Concat(settings).Select(s => "--" + s),
        ];
        var app = GroupusServer.Build(args, builder =>
        {
            builder.Logging.AddProvider(logs);
            if (clock is not null)
            {
                builder.Services.AddSingleton<TimeProvider>(clock);
            }
        }, services);
        await app.StartAsync();
        return new TestServer(app, dataDirectory, logs, clock);
    }

    public string InitialAdminPassword()
    {
        var line = File.ReadAllLines(Path.Combine(DataDirectory, "initial-password-admin.txt")).Single(l => l.StartsWith("password: ", StringComparison.Ordinal));
        return line["password: ".Length..];
    }

    /// <summary>Completes the first-run password change if needed and returns an admin session.</summary>
    public async Task<StaffSession> AdminAsync()
    {
        var auth = new AuthService.AuthServiceClient(Channel);
        LoginResponse login;
        try
        {
            login = await auth.LoginAsync(new LoginRequest { Username = "admin", Password = StrongPassword });
        }
        catch (RpcException)
        {
            login = await auth.LoginAsync(new LoginRequest { Username = "admin", Password = InitialAdminPassword(), NewPassword = StrongPassword });
        }

        return new StaffSession(Channel, login.AccessToken);
    }

    /// <summary>Creates a member of staff with the given roles and logs them in (password change included).</summary>
    public async Task<StaffSession> StaffAsync(string username, params string[] roles)
    {
        var admin = await AdminAsync();
        await admin.Staff.CreateStaffMemberAsync(
            new CreateStaffMemberRequest { Username = username, DisplayName = $"Test {username}", Roles = { roles }, InitialPassword = "initial password 123" },
            admin.Headers);
        var login = await new AuthService.AuthServiceClient(Channel).LoginAsync(
            new LoginRequest { Username = username, Password = "initial password 123", NewPassword = StrongPassword });
        return new StaffSession(Channel, login.AccessToken);
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        // Kept beside the database for diagnosing a failed test.
        await File.WriteAllLinesAsync(Path.Combine(DataDirectory, "server.log"), Logs.Lines);
    }
}
