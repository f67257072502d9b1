using Groupus.Api.Grpc.Fax.V1;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Hosting.Defaults;
using Groupus.IntegrationTests.Fax.Service;
using Groupus.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Telemetry;

/// <summary>A real Prometheus scrapes the core's metrics endpoint while a fax goes through a gateway on the real link.</summary>
[Collection(MetricsCollection.Name)]
public sealed class PrometheusScrapeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_real_prometheus_finds_the_fax_rpc_and_database_metrics_after_a_fax_and_no_label_carries_personal_data()
    {
        await using var server = await TestServer.StartAsync(settings: "Telemetry:Prometheus:Url=http://127.0.0.1:0");
        var scrapeUrl = server.App.Services.GetRequiredService<ScrapeEndpointServer>().Url!;
        var admin = await server.AdminAsync();
        var customer = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        await using var gateway = await FakeGateway.ConnectAsync(server, admin, "gw-1", FakeGateway.Line("reception-1", "+442079460555"));
        await gateway.IdleAsync("reception-1");
        var job = await customer.SendPdfAsync(pages: 2);
        var assignment = await gateway.NextAssignmentAsync();
        await gateway.ProgressAsync(assignment, CallPhase.PostPage, 1, FakeGateway.Confirmed(1));
        await gateway.FinishAsync(assignment, CallOutcome.Success, FakeGateway.Confirmed(1), FakeGateway.Confirmed(2));
        await customer.WaitForAsync(job.JobId, j => j.State == FaxJobState.Done);
        await gateway.IdleAsync("reception-1");

        var refused = await Assert.ThrowsAsync<Grpc.Core.RpcException>(
            () => customer.Fax.GetFaxJobAsync(new GetFaxJobRequest { JobId = "not-an-id" }, customer.Headers).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, refused.StatusCode);

        await using var prometheus = PrometheusProcess.Start(new Uri(scrapeUrl).Authority);

        var calls = Assert.Single(await prometheus.QueryUntilFoundAsync("groupus_fax_calls_total", Patience));
        var pages = Assert.Single(await prometheus.QueryUntilFoundAsync("groupus_fax_pages_total", Patience));
        var lines = await prometheus.QueryUntilFoundAsync("""groupus_fax_lines{state="idle"}""", Patience);
        var connected = Assert.Single(await prometheus.QueryUntilFoundAsync("groupus_fax_gateway_connected", Patience));
        var queue = await prometheus.QueryUntilFoundAsync("groupus_fax_queue_jobs", Patience);
        var submitted = await prometheus.QueryUntilFoundAsync("""http_server_request_duration_seconds_count{http_route="/groupus.fax.v1.FaxService/SubmitFax"}""", Patience);
        var invalid = await prometheus.QueryUntilFoundAsync(
            """http_server_request_duration_seconds_count{http_route="/groupus.fax.v1.FaxService/GetFaxJob",rpc_grpc_status_code="3"}""", Patience);
        var database = await prometheus.QueryUntilFoundAsync("""db_client_operation_duration_seconds_count{db_context="FaxDbContext"}""", Patience);

        Assert.Equal(
            ("outbound", "success", "post_page", "none", "1"),
            (Label(calls, "direction"), Label(calls, "outcome"), Label(calls, "t30_phase"), Label(calls, "error"), Value(calls)));
        Assert.Equal(("outbound", "confirmed", "2"), (Label(pages, "direction"), Label(pages, "result"), Value(pages)));
        Assert.Equal(gateway.GatewayId, Label(connected, "gateway"));
        Assert.Contains(lines, l => Label(l, "gateway") == gateway.GatewayId && Label(l, "state") == "idle" && Value(l) == "1");
        Assert.Equal(["active", "pending", "ready", "sleeping"], queue.Select(q => Label(q, "state")).Order());
        Assert.All(queue, q => Assert.Equal("0", Value(q)));
        Assert.Contains(submitted, s => Label(s, "rpc_grpc_status_code") == "0");
        Assert.Equal("1", Value(Assert.Single(invalid)));
        Assert.NotEmpty(database);

        // Every label and value the endpoint serves, read directly: no number, fax identity, name or organisation.
        using var http = new HttpClient();
        var scrape = await http.GetStringAsync(scrapeUrl + ScrapeEndpointServer.Path);
        Assert.Contains("groupus_fax_calls_total", scrape, StringComparison.Ordinal);
        foreach (var personal in new[] { "2079460555", "Alpha Widgets", "alice-alpha", job.To })
        {
            Assert.DoesNotContain(personal, scrape, StringComparison.Ordinal);
        }
    }

    private static string Label(System.Text.Json.JsonElement sample, string name) =>
        sample.GetProperty("metric").TryGetProperty(name, out var value) ? value.GetString()! : "";

    private static string Value(System.Text.Json.JsonElement sample) => sample.GetProperty("value")[1].GetString()!;
}
