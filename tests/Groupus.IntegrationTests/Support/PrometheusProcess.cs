using System.Diagnostics;
using System.Text.Json;
using Groupus.TestSupport.Network;

namespace Groupus.IntegrationTests.Support;

/// <summary>
/// A real Prometheus (Debian's `prometheus`) scraping one target every second, with its own storage in a temporary
/// directory and its HTTP API on a free loopback port.
/// </summary>
public sealed class PrometheusProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;
    private readonly HttpClient _http = new();

    private PrometheusProcess(Process process, string directory, Uri api)
    {
        _process = process;
        _directory = directory;
        Api = api;
    }

    public Uri Api { get; }

    /// <param name="target">host:port of the scrape endpoint.</param>
    /// <param name="credentialsFile">A file with the bearer token the target asks for, if any.</param>
    public static PrometheusProcess Start(string target, string? credentialsFile = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "groupus-prometheus", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var authorization = credentialsFile is null ? "" : $"\n    authorization:\n      credentials_file: {credentialsFile}";
        var config = Path.Combine(directory, "prometheus.yml");
        File.WriteAllText(config, $"""
            global:
              scrape_interval: 1s
              scrape_timeout: 1s
            scrape_configs:
              - job_name: groupus{authorization}
                static_configs:
                  - targets: ["{target}"]
            """);
        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo("prometheus")
        {
            ArgumentList =
            {
                $"--config.file={config}",
                $"--storage.tsdb.path={Path.Combine(directory, "data")}",
                $"--web.listen-address=127.0.0.1:{port}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("prometheus did not start (is the Debian package installed?)");
        var log = File.CreateText(Path.Combine(directory, "prometheus.log"));
        log.AutoFlush = true;
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new PrometheusProcess(process, directory, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>The instant vector for a PromQL query, asked again until it is not empty or the deadline passes.</summary>
    public async Task<IReadOnlyList<JsonElement>> QueryUntilFoundAsync(string promQl, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var result = await QueryAsync(promQl);
            if (result.Count > 0)
            {
                return result;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Prometheus found nothing for {promQl}; its log: {File.ReadAllText(Path.Combine(_directory, "prometheus.log"))}");
            }

            await Task.Delay(500);
        }
    }

    public async Task<IReadOnlyList<JsonElement>> QueryAsync(string promQl)
    {
        try
        {
            using var response = await _http.GetAsync(new Uri(Api, $"api/v1/query?query={Uri.EscapeDataString(promQl)}"));
            if (!response.IsSuccessStatusCode)
            {
                return [];
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return [.. json.RootElement.GetProperty("data").GetProperty("result").EnumerateArray().Select(e => e.Clone())];
        }
        catch (HttpRequestException)
        {
            // Not listening yet.
            return [];
        }
    }

    /// <summary>The scrape target's health as Prometheus saw it last ("up", "down" or "unknown") and its last error.</summary>
    public async Task<(string Health, string LastError)> TargetAsync()
    {
        using var json = JsonDocument.Parse(await _http.GetStringAsync(new Uri(Api, "api/v1/targets")));
        var target = json.RootElement.GetProperty("data").GetProperty("activeTargets").EnumerateArray().Single();
        return (target.GetProperty("health").GetString()!, target.GetProperty("lastError").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(Path.Combine(_directory, "data"), recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}
