using Microsoft.Extensions.Options;

namespace Groupus.FaxGateway.Tests.Service;

/// <summary>The gateway's scrape endpoint, read after a real fax through the emulated modems.</summary>
[Collection(MetricsCollection.Name)]
public sealed class GatewayMetricsTests
{
    [Fact]
    public async Task After_a_fax_the_gateway_reports_its_call_pages_line_and_link_and_no_number_or_fax_identity()
    {
        await using var scenario = await ServiceScenario.StartAsync(startGateway: false);
        await scenario.StartGatewayAsync(new Dictionary<string, string?> { ["Telemetry:Prometheus:Url"] = "http://127.0.0.1:0" });
        await scenario.WaitForIdleLineAsync();
        var farEnd = scenario.FarEndReceivesAsync();

        var job = await scenario.AssignAsync("job-metrics", firstPage: 1, pageCount: 2);
        await scenario.Core.WaitForAsync(message => message.JobFinished?.JobId == job.JobId);
        await farEnd;
        using var http = new HttpClient();
        var metrics = new Uri(scenario.Gateway!.ScrapeUrl + "/metrics");
        var scrape = await ScrapeUntilAsync(http, metrics, text => Samples(text, "groupus_fax_gateway_calls_total").Any());

        var call = Assert.Single(Samples(scrape, "groupus_fax_gateway_calls_total"));
        Assert.All(
            ["line=\"fax-1\"", "direction=\"outbound\"", "outcome=\"success\"", "t30_error=\"none\"", "t30_phase=\"none\""],
            label => Assert.Contains(label, call.Labels, StringComparison.Ordinal));
        Assert.Equal("1", call.Value);
        var pages = Assert.Single(Samples(scrape, "groupus_fax_gateway_pages_total"));
        Assert.Contains("result=\"confirmed\"", pages.Labels, StringComparison.Ordinal);
        Assert.Equal("2", pages.Value);
        Assert.Equal("1", Assert.Single(Samples(scrape, "groupus_fax_gateway_link_connected")).Value);
        Assert.Contains(Samples(scrape, "groupus_fax_gateway_lines"), line => line.Labels.Contains("line=\"fax-1\"", StringComparison.Ordinal) && line.Value == "1");

        // The line's number, the far end's number and both fax identities all contain 7946.
        Assert.DoesNotContain("7946", scrape, StringComparison.Ordinal);
        Assert.DoesNotContain(ServiceScenario.GatewayLineNumber + "\"", scrape, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_asked_to_serve_metrics_on_a_network_address_without_a_token_does_not_start()
    {
        var settings = GatewayUnderTest.Settings("http://127.0.0.1:1", "/dev/null", Path.GetTempPath());
        settings["Telemetry:Prometheus:Url"] = "http://0.0.0.0:0";
        using var host = GatewayUnderTest.Build(settings);

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("without authentication", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<string> ScrapeUntilAsync(HttpClient http, Uri metrics, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var text = await http.GetStringAsync(metrics);
            if (done(text) || DateTime.UtcNow > deadline)
            {
                return text;
            }

            await Task.Delay(200);
        }
    }

    private static IEnumerable<(string Labels, string Value)> Samples(string scrape, string name) =>
        scrape.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
            .Select(line =>
            {
                var end = line.LastIndexOf('}');
                var labels = end < 0 ? "" : line[(name.Length + 1)..end];
                var value = line[(end < 0 ? name.Length : end + 1)..].Trim().Split(' ')[0];
                return (labels, value);
            });
}
