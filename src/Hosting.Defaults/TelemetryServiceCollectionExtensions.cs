using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Groupus.Hosting.Defaults;

/// <summary>The telemetry both processes share (as eShop's ServiceDefaults): metrics and traces through OpenTelemetry.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The framework's meters every process reports; each adds its own.</summary>
    public static IReadOnlyList<string> FrameworkMeters { get; } =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "System.Net.Http",
        "Microsoft.EntityFrameworkCore",
        "System.Runtime",
    ];

    /// <summary>
    /// Reads "Telemetry" (docs/configuration.md). With neither the scrape endpoint nor OTLP configured nothing is
    /// collected, so an unobserved process pays nothing. Traces go to OTLP only.
    /// </summary>
    /// <param name="serviceName">The service.name resource attribute, e.g. "groupus-api".</param>
    /// <param name="meters">The process's own meters.</param>
    /// <param name="activitySources">The process's own activity sources, traced when OTLP is on.</param>
    public static IServiceCollection AddGroupusTelemetry(
        this IServiceCollection services, IConfiguration configuration, string serviceName, IEnumerable<string> meters, IEnumerable<string>? activitySources = null)
    {
        services.AddOptions<TelemetryOptions>().Bind(configuration.GetSection(TelemetryOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();
        var settings = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!settings.Prometheus.Enabled && !settings.Otlp.Enabled)
        {
            return services;
        }

        var version = Assembly.GetEntryAssembly()?.GetName().Version?.ToString();
        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(serviceName, serviceVersion: version));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter([.. FrameworkMeters, .. meters]);
            if (settings.Prometheus.Enabled)
            {
                metrics.AddPrometheusExporter();
            }

            if (settings.Otlp.Enabled)
            {
                metrics.AddOtlpExporter(otlp => Configure(otlp, settings.Otlp));
            }
        });
        if (settings.Otlp.Enabled)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNetCore =>
                {
                    aspNetCore.Filter = context => context.Request.Path != ScrapeEndpointServer.Path;
                    aspNetCore.EnrichWithHttpResponse = GrpcSpanTags.Enrich;
                })
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource([.. activitySources ?? []])
                .AddProcessor(new NoQueryParameterTags())
                .AddOtlpExporter(otlp => Configure(otlp, settings.Otlp)));
        }

        if (settings.Prometheus.Enabled)
        {
            services.AddSingleton<ScrapeEndpointServer>();
            services.AddHostedService(provider => provider.GetRequiredService<ScrapeEndpointServer>());
        }

        return services;
    }

    /// <summary>Tags each gRPC call's entry in http.server.request.duration with its status code.</summary>
    public static IApplicationBuilder UseGroupusRequestMetrics(this IApplicationBuilder app) => app.UseMiddleware<GrpcStatusMetricTag>();

    private static void Configure(OtlpExporterOptions otlp, OtlpOptions settings)
    {
        otlp.Endpoint = new Uri(settings.Endpoint);
        otlp.Protocol = settings.Protocol == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
    }
}
