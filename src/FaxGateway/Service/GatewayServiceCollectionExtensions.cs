using Groupus.Fax.Modems.Lines;
using Groupus.FaxGateway.Link;
using Groupus.FaxGateway.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Groupus.FaxGateway.Service;

public static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// The service mode: binds and validates <c>Gateway</c> (Core, Dialling, SpoolDirectory…) when the host starts, and
    /// registers the lines, the core link and the uploader under <c>GatewayWorker</c>. Call <c>AddFaxLines</c> too.
    /// </summary>
    public static IServiceCollection AddGatewayService(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GatewayServiceOptions>().Bind(configuration.GetSection(GatewayServiceOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GatewayServiceOptions>, GatewayServiceOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<GatewayServiceOptions>>().Value.Core);
        services.AddSingleton(provider => new DialPlan(provider.GetRequiredService<IOptions<GatewayServiceOptions>>().Value.Dialling));
        services.AddSingleton(provider => new ReceivedFaxSpool(provider.GetRequiredService<IOptions<GatewayServiceOptions>>().Value.SpoolDirectory));
        services.AddSingleton<LinkOutbox>();
        services.AddSingleton<LeaseClock>();
        services.AddSingleton<CoreClient>();
        services.AddSingleton<GatewayMetrics>();
        services.AddSingleton<JobDocumentFetcher>();
        services.AddSingleton<ReceivedFaxUploader>();
        services.AddSingleton(CreateLinePool);
        services.AddSingleton<ILinkedLines>(provider => provider.GetRequiredService<LinePool>());
        services.AddSingleton<CoreLink>();
        services.AddHostedService<GatewayWorker>();
        return services;
    }

    private static LinePool CreateLinePool(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<GatewayServiceOptions>>().Value;
        var loggers = provider.GetRequiredService<ILoggerFactory>();
        var time = provider.GetRequiredService<TimeProvider>();
        var outbox = provider.GetRequiredService<LinkOutbox>();
        var runners = provider.GetRequiredService<IOptions<GatewayLinesOptions>>().Value.Lines
            .Select(line => new FaxLineRunner(
                line,
                options,
                provider.GetRequiredService<FaxModemDriverFactory>(),
                outbox,
                provider.GetRequiredService<LeaseClock>(),
                provider.GetRequiredService<DialPlan>(),
                provider.GetRequiredService<JobDocumentFetcher>(),
                provider.GetRequiredService<ReceivedFaxSpool>(),
                provider.GetRequiredService<ReceivedFaxUploader>(),
                provider.GetRequiredService<GatewayMetrics>(),
                loggers.CreateLogger($"Groupus.FaxGateway.Line.{line.Name}"),
                time))
            .ToList();
        var pool = new LinePool(runners, outbox, time, loggers.CreateLogger<LinePool>());
        provider.GetRequiredService<GatewayMetrics>().ObserveLines(pool.CurrentStates);
        return pool;
    }
}
