using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Groupus.Api.Grpc.Auth.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Groupus.EndToEndTests.Support;

/// <summary>
/// The core (<c>Groupus.Api.dll</c>) as a real process on a free loopback port with its own data directory, and a gRPC
/// channel to it.
/// </summary>
internal sealed class CoreProcess : IDisposable
{
    public const string StrongPassword = "correct horse battery staple";

    private CoreProcess(DotnetProcess process, string address, string dataDirectory)
    {
        Process = process;
        Address = address;
        DataDirectory = dataDirectory;
        Channel = GrpcChannel.ForAddress(address);
    }

    public DotnetProcess Process { get; }

    /// <summary>e.g. http://127.0.0.1:41234</summary>
    public string Address { get; }

    public string DataDirectory { get; }

    public GrpcChannel Channel { get; }

    public static async Task<CoreProcess> StartAsync(string directory, params string[] settings)
    {
        var dataDirectory = Path.Combine(directory, "core-data");
        var port = FreePort();
        var address = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        string[] arguments =
        [
            $"--Groupus:DataDirectory={dataDirectory}",
            $"--Kestrel:Endpoints:Grpc:Url={address}",
            "--Outbox:PollInterval=00:00:00.200",
            .. settings.Select(setting => "--" + setting),
        ];
        var process = DotnetProcess.Start("core", BuiltAssemblies.Core, directory, arguments);
        var core = new CoreProcess(process, address, dataDirectory);
        try
        {
            await core.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
            return core;
        }
        catch
        {
            core.Dispose();
            throw;
        }
    }

    /// <summary>Signs the first-run admin in (setting a new password with the one-time one the first time).</summary>
    public async Task<Session> AdminAsync()
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

        return new Session(Channel, login.AccessToken, string.Empty);
    }

    public void Dispose()
    {
        Channel.Dispose();
        Process.Dispose();
    }

    private string InitialAdminPassword()
    {
        var line = File.ReadAllLines(Path.Combine(DataDirectory, "initial-password-admin.txt")).Single(l => l.StartsWith("password: ", StringComparison.Ordinal));
        return line["password: ".Length..];
    }

    private async Task WaitUntilServingAsync(TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        var port = new Uri(Address).Port;
        while (true)
        {
            if (Process.HasExited || DateTime.UtcNow > until)
            {
                throw new TimeoutException($"The core did not start serving on {Address} within {limit.TotalSeconds:0} s{(Process.HasExited ? " (it exited)" : string.Empty)}.");
            }

            if (File.Exists(Path.Combine(DataDirectory, "initial-password-admin.txt")))
            {
                try
                {
                    using var probe = new TcpClient();
                    await probe.ConnectAsync(IPAddress.Loopback, port);
                    return;
                }
                catch (SocketException)
                {
                    // Not listening yet.
                }
            }

            await Task.Delay(200);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
