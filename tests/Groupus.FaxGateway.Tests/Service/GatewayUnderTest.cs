using Groupus.Fax.Modems.Lines;
using Groupus.FaxGateway.Link;
using Groupus.FaxGateway.Service;
using Groupus.FaxGateway.Telemetry;
using Groupus.Hosting.Defaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Groupus.FaxGateway.Tests.Service;

/// <summary>The real service mode in a host built as Program.cs builds it, configured in memory for one emulated line.</summary>
internal sealed class GatewayUnderTest : IAsyncDisposable
{
    public const string LineName = "fax-1";

    private readonly IHost _host;

    private GatewayUnderTest(IHost host) => _host = host;

    public LinePool Lines => _host.Services.GetRequiredService<LinePool>();

    public CoreLink Link => _host.Services.GetRequiredService<CoreLink>();

    public LeaseClock Leases => _host.Services.GetRequiredService<LeaseClock>();

    public FaxLineRunner Line => Lines.Runners.Single();

    /// <summary>The bound metrics endpoint, when Telemetry:Prometheus:Url is set.</summary>
    public string? ScrapeUrl => _host.Services.GetService<ScrapeEndpointServer>()?.Url;

    public static Dictionary<string, string?> Settings(string coreAddress, string device, string spoolDirectory) => new()
    {
        ["Gateway:Lines:0:Name"] = LineName,
        ["Gateway:Lines:0:Device"] = device,
        ["Gateway:Lines:0:Class"] = "2.0",
        ["Gateway:Lines:0:LocalId"] = "+44 20 7946 0001",
        ["Gateway:Lines:0:Number"] = "020 7946 0001",
        ["Gateway:Lines:0:AnswerRings"] = "1",
        ["Gateway:Lines:0:Quirks:ResetDelayMilliseconds"] = "0",
        ["Gateway:Core:Address"] = coreAddress,
        ["Gateway:Core:GatewayId"] = FakeCore.GatewayId,
        ["Gateway:Core:Secret"] = FakeCore.Secret,
        ["Gateway:Core:ReconnectInitialDelayMilliseconds"] = "20",
        ["Gateway:Core:ReconnectMaxDelayMilliseconds"] = "100",
        ["Gateway:SpoolDirectory"] = spoolDirectory,
        ["Gateway:ListenCycleSeconds"] = "5",
        ["Gateway:OutOfServiceRetrySeconds"] = "1",
    };

    public static IHost Build(IDictionary<string, string?> settings, ILoggerProvider? logs = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }
        builder.Services.AddFaxLines(builder.Configuration);
        builder.Services.AddGatewayService(builder.Configuration);
        builder.Services.AddGroupusTelemetry(builder.Configuration, "groupus-fax-gateway", [GatewayMetrics.MeterName]);
        return builder.Build();
    }

    public static async Task<GatewayUnderTest> StartAsync(IDictionary<string, string?> settings, ILoggerProvider? logs = null)
    {
        var host = Build(settings, logs);
        await host.StartAsync();
        return new GatewayUnderTest(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(TimeSpan.FromSeconds(20));
        _host.Dispose();
    }
}
