using Groupus.Fax.Sip;
using Groupus.Fax.Sip.Calls;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Groupus.FaxGateway.Sip;

public static class SipServiceCollectionExtensions
{
    /// <summary>Binds and validates <c>Sip</c> and runs the SIP fax user agent as a hosted component when it is enabled.</summary>
    public static IServiceCollection AddSipLines(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SipFaxOptions>().Bind(configuration.GetSection(SipFaxOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SipFaxOptions>, SipFaxOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISipFaxRouter, UnroutedSipCalls>();
        services.AddSingleton<SipFaxHost>();
        services.AddHostedService(provider => provider.GetRequiredService<SipFaxHost>());
        return services;
    }
}
