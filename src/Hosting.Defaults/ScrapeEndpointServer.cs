using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Groupus.Hosting.Defaults;

/// <summary>
/// Serves GET /metrics in the Prometheus text format on its own HTTP/1.1 listener: the core's endpoints speak HTTP/2
/// only (Prometheus scrapes over HTTP/1.1) and the gateway has no web server at all, so both processes run this.
/// </summary>
internal sealed class ScrapeEndpointServer(IOptions<TelemetryOptions> options, MeterProvider meterProvider) : IHostedService, IAsyncDisposable
{
    public const string Path = "/metrics";

    private WebApplication? _app;

    /// <summary>The bound address, e.g. http://127.0.0.1:9464, once started.</summary>
    public string? Url { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.Prometheus;
        var address = ScrapeAddress.TryParse(settings.Url.Trim()) ?? throw new OptionsValidationException(nameof(TelemetryOptions), typeof(TelemetryOptions), ["Telemetry:Prometheus:Url is not valid."]);
        var token = ScrapeToken.FromFile(settings.BearerTokenFile);

        // An empty builder: none of the host's configuration (its Kestrel endpoints) leaks into this listener.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(address.Listen);
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            // The scrapes themselves are not requests worth counting.
            if (context.Features.Get<IHttpMetricsTagsFeature>() is { } tags)
            {
                tags.MetricsDisabled = true;
            }

            if (token is not null && !token.Accepts(context.Request.Headers.Authorization))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return;
            }

            await next(context);
        });
        app.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider, predicate: null, path: Path, configureBranchedPipeline: null, optionsName: null);
        await app.StartAsync(cancellationToken);
        _app = app;
        Url = app.Urls.First();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }
}
