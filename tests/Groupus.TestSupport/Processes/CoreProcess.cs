using System.Globalization;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Groupus.TestSupport.Network;

namespace Groupus.TestSupport.Processes;

/// <summary>
/// The core (<c>Groupus.Api.dll</c> from its build output) as a real, separate process on a free loopback port over its
/// own data directory, and a gRPC channel to it: a second node shares nothing with the first but the files. Killed by
/// its process id on dispose.
/// </summary>
public sealed class CoreProcess : IDisposable
{
    private CoreProcess(DotnetProcess process, string name, string address, string dataDirectory)
    {
        Process = process;
        Name = name;
        Address = address;
        DataDirectory = dataDirectory;
        Channel = GrpcChannel.ForAddress(address);
    }

    public DotnetProcess Process { get; }

    /// <summary>The node's name (<c>Groupus:NodeName</c>).</summary>
    public string Name { get; }

    /// <summary>e.g. http://127.0.0.1:41234</summary>
    public string Address { get; }

    public string DataDirectory { get; }

    public GrpcChannel Channel { get; }

    /// <summary>Everything the process wrote, one timestamped line per log message.</summary>
    public string Output => Process.Output;

    /// <summary>Starts a node and waits until its health service answers.</summary>
    /// <param name="settings">Configuration as <c>Section:Key=value</c>.</param>
    public static Task<CoreProcess> StartAsync(string dataDirectory, string name, params string[] settings) =>
        StartAsync(dataDirectory, name, workingDirectory: null, settings);

    /// <param name="workingDirectory">The process's current directory; null for the test's.</param>
    public static async Task<CoreProcess> StartAsync(string dataDirectory, string name, string? workingDirectory, IEnumerable<string> settings)
    {
        var address = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{LoopbackPort.Free()}");
        string[] arguments =
        [
            $"--Groupus:DataDirectory={dataDirectory}",
            $"--Groupus:NodeName={name}",
            $"--Kestrel:Endpoints:Grpc:Url={address}",
            "--Outbox:PollInterval=00:00:00.100",
            "--Logging:LogLevel:Default=Information",
            "--Logging:LogLevel:Microsoft=Warning",
            .. settings.Select(setting => "--" + setting),
        ];
        var process = DotnetProcess.Start(name, BuiltAssemblies.Core, workingDirectory, arguments);
        var node = new CoreProcess(process, name, address, dataDirectory);
        try
        {
            await node.WaitUntilServingAsync(TimeSpan.FromMinutes(2));
            return node;
        }
        catch
        {
            node.Dispose();
            throw;
        }
    }

    /// <summary>How many of the process's log lines contain <paramref name="text"/>.</summary>
    public int CountLogged(string text) =>
        Output.Split('\n').Count(line => line.Contains(text, StringComparison.Ordinal));

    /// <summary>The first-run admin's one-time password, as the core wrote it into its data directory.</summary>
    public string InitialAdminPassword()
    {
        var line = File.ReadAllLines(Path.Combine(DataDirectory, "initial-password-admin.txt")).Single(l => l.StartsWith("password: ", StringComparison.Ordinal));
        return line["password: ".Length..];
    }

    public void Dispose()
    {
        Channel.Dispose();
        Process.Dispose();
    }

    private async Task WaitUntilServingAsync(TimeSpan limit)
    {
        var health = new Health.HealthClient(Channel);
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            if (Process.HasExited || DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Node {Name} did not start serving on {Address}{(Process.HasExited ? " (it exited)" : string.Empty)}:\n{Output}");
            }

            try
            {
                // Kestrel answers only once every hosted service has started (migrations, the erasure re-applier).
                await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(2));
                return;
            }
            catch (RpcException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }
    }
}
