using System.Net;
using System.Net.Http.Headers;
using Groupus.Api.Hosting;
using Groupus.Hosting.Defaults;
using Groupus.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Groupus.IntegrationTests.Telemetry;

/// <summary>The metrics endpoint is open on loopback only: on any other address it demands a bearer token.</summary>
public sealed class ScrapeEndpointAuthenticationTests
{
    private const string Token = "c2NyYXBlLXRva2VuLWZvci10aGUtdGVzdHMtb25seQ";

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://*:0")]
    [InlineData("http://[::]:0")]
    public async Task A_scrape_endpoint_on_a_network_address_without_a_token_stops_the_server_from_starting(string url)
    {
        await using var app = GroupusServer.Build(Arguments($"--Telemetry:Prometheus:Url={url}"));

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("without authentication", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scrape_token_too_short_to_resist_guessing_is_refused()
    {
        var tokenFile = WriteToken("short");
        await using var app = GroupusServer.Build(Arguments("--Telemetry:Prometheus:Url=http://0.0.0.0:0", $"--Telemetry:Prometheus:BearerTokenFile={tokenFile}"));

        await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }

    [Fact]
    public async Task On_a_network_address_with_a_token_only_a_scraper_presenting_it_is_served()
    {
        var tokenFile = WriteToken(Token);
        await using var server = await TestServer.StartAsync(settings: ["Telemetry:Prometheus:Url=http://0.0.0.0:0", $"Telemetry:Prometheus:BearerTokenFile={tokenFile}"]);
        var port = new Uri(server.App.Services.GetRequiredService<ScrapeEndpointServer>().Url!).Port;
        var metrics = new Uri($"http://127.0.0.1:{port}{ScrapeEndpointServer.Path}");
        using var http = new HttpClient();

        using var anonymous = await http.GetAsync(metrics);
        using var wrong = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, metrics) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", Token + "x") } });
        using var right = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, metrics) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", Token) } });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("target_info", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_real_prometheus_with_the_token_file_scrapes_a_protected_endpoint()
    {
        var tokenFile = WriteToken(Token);
        await using var server = await TestServer.StartAsync(settings: ["Telemetry:Prometheus:Url=http://0.0.0.0:0", $"Telemetry:Prometheus:BearerTokenFile={tokenFile}"]);
        var port = new Uri(server.App.Services.GetRequiredService<ScrapeEndpointServer>().Url!).Port;

        await using var prometheus = PrometheusProcess.Start($"127.0.0.1:{port}", tokenFile);

        Assert.NotEmpty(await prometheus.QueryUntilFoundAsync("""up{job="groupus"} == 1""", TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public async Task Without_telemetry_settings_no_scrape_endpoint_is_served()
    {
        await using var server = await TestServer.StartAsync();

        Assert.Null(server.App.Services.GetService<ScrapeEndpointServer>());
    }

    private static string[] Arguments(params string[] settings) =>
        [$"--Groupus:DataDirectory={TestServer.NewDataDirectory()}", "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:0", .. settings];

    private static string WriteToken(string token)
    {
        var file = Path.Combine(Path.GetTempPath(), "groupus-tests", Guid.NewGuid().ToString("N") + ".token");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, token + "\n");
        return file;
    }
}
