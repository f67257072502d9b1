using System.Globalization;
using Groupus.TestSupport.Processes;

namespace Groupus.EndToEndTests.Support;

/// <summary>
/// The fax gateway (<c>Groupus.FaxGateway.dll</c>) in service mode as a real process: one Class 1 line, its own spool,
/// configured on the command line and linked to the core with a gateway credential.
/// </summary>
internal sealed class GatewayProcess : IDisposable
{
    private GatewayProcess(DotnetProcess process, string lineName)
    {
        Process = process;
        LineName = lineName;
    }

    public DotnetProcess Process { get; }

    public string LineName { get; }

    public string Output => Process.Output;

    /// <param name="directory">Holds the secret file and the spool (kept across restarts of the same gateway).</param>
    public static GatewayProcess Start(string name, string directory, string coreAddress, GatewayCredentialIssued credential, string device, string lineName, string number)
    {
        Directory.CreateDirectory(directory);
        var secretFile = Path.Combine(directory, "secret");
        File.WriteAllText(secretFile, credential.Secret);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(secretFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        string[] arguments =
        [
            $"--Gateway:Core:Address={coreAddress}",
            $"--Gateway:Core:GatewayId={credential.GatewayId}",
            $"--Gateway:Core:SecretFile={secretFile}",
            "--Gateway:Core:ReconnectInitialDelayMilliseconds=200",
            "--Gateway:Core:ReconnectMaxDelayMilliseconds=2000",
            $"--Gateway:SpoolDirectory={Path.Combine(directory, "spool")}",
            // An idle line resets its modem once a cycle, and iaxmodem refuses calls for 5 s after a reset: no cycle
            // may end while a test waits for a call.
            "--Gateway:ListenCycleSeconds=600",
            "--Gateway:OutOfServiceRetrySeconds=2",
            $"--Gateway:Lines:0:Name={lineName}",
            $"--Gateway:Lines:0:Device={device}",
            "--Gateway:Lines:0:Class=1",
            "--Gateway:Lines:0:LocalId=+44 20 7946 0000",
            $"--Gateway:Lines:0:Number={number}",
            "--Gateway:Lines:0:AnswerRings=1",
            "--Logging:LogLevel:Default=Information",
            "--Logging:LogLevel:Microsoft=Warning",
            "--Logging:LogLevel:System.Net.Http=Warning",
        ];
        return new GatewayProcess(DotnetProcess.Start(name, BuiltAssemblies.Gateway, directory, arguments), lineName);
    }

    /// <summary>Waits until the gateway is linked to the core and its line listens for calls (its modem answered the probe).</summary>
    public async Task WaitUntilReadyAsync()
    {
        await Process.WaitForLogAsync("Core link: registered 1 line(s)", TimeSpan.FromSeconds(60));
        await Process.WaitForLogAsync(string.Create(CultureInfo.InvariantCulture, $"Line {LineName}: modem "), TimeSpan.FromSeconds(60));
    }

    public bool StartedJob(string jobId) => Process.Logged($"job {jobId} started");

    public void Kill() => Process.Kill();

    public void Dispose() => Process.Dispose();
}
