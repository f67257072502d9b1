using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Groupus.IntegrationTests.Support;

/// <summary>
/// The real server (<c>Groupus.Api.dll</c> from its build output) as a separate process on a free loopback port, over
/// the given data directory: a second node shares nothing with the first but the files. Killed by its id on dispose.
/// </summary>
public sealed class ApiProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(Process process, string name, string address)
    {
        _process = process;
        Name = name;
        Address = address;
        Channel = GrpcChannel.ForAddress(address);
    }

    public string Name { get; }

    /// <summary>e.g. http://127.0.0.1:41234</summary>
    public string Address { get; }

    public GrpcChannel Channel { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts a node and waits until its health service answers.</summary>
    public static async Task<ApiProcess> StartAsync(string dataDirectory, string name, params string[] settings)
    {
        var address = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["Logging__Console__FormatterName"] = "simple",
                ["Logging__Console__FormatterOptions__SingleLine"] = "true",
                ["NO_COLOR"] = "1",
                ["DOTNET_NOLOGO"] = "1",
            },
        };
        start.ArgumentList.Add(ServerAssembly);
        foreach (var argument in (string[])
            [
                $"--Groupus:DataDirectory={dataDirectory}",
                $"--Groupus:NodeName={name}",
                $"--Kestrel:Endpoints:Grpc:Url={address}",
                "--Outbox:PollInterval=00:00:00.100",
                "--Logging:LogLevel:Default=Information",
                "--Logging:LogLevel:Microsoft=Warning",
                .. settings.Select(s => "--" + s),
            ])
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var node = new ApiProcess(process, name, address);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
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

    public void Dispose()
    {
        Channel.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already reaped.
        }

        _process.Dispose();
    }

    private async Task WaitUntilServingAsync(TimeSpan limit)
    {
        var health = new Health.HealthClient(Channel);
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            if (_process.HasExited || DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Node {Name} did not start serving on {Address}{(_process.HasExited ? " (it exited)" : string.Empty)}:\n{Output}");
            }

            try
            {
                // Kestrel answers only once every hosted service has started (migrations, the erasure re-applier).
                await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(2));
                return;
            }
            catch (Grpc.Core.RpcException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The server built beside this test assembly's configuration (Debug or Release).</summary>
    private static string ServerAssembly
    {
        get
        {
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var framework = testOutput.Name;
            var configuration = testOutput.Parent!.Name;
            var repository = testOutput.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
            return Path.Combine(repository, "src", "Api", "bin", configuration, framework, "Groupus.Api.dll");
        }
    }
}
