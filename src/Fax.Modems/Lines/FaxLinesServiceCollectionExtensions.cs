using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Groupus.Fax.Modems.Lines;

public static class FaxLinesServiceCollectionExtensions
{
    /// <summary>Binds <c>Gateway:Lines</c>, validates it when the host starts, and registers the drivers and the line prober.</summary>
    public static IServiceCollection AddFaxLines(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GatewayLinesOptions>().Bind(configuration.GetSection(GatewayLinesOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GatewayLinesOptions>, GatewayLinesValidator>();
        services.AddSingleton<FaxModemDriverFactory>();
        services.AddSingleton<FaxLineProber>();
        return services;
    }
}
