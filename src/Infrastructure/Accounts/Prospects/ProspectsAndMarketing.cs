using Groupus.Application.Accounts.Marketing;
using Groupus.Application.Accounts.Prospects;
using Groupus.Infrastructure.Accounts.Marketing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.Infrastructure.Accounts.Prospects;

/// <summary>Prospects and marketing subscriptions: their part of the accounts model and their services.</summary>
internal static class ProspectsAndMarketing
{
    public static void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ProspectConfiguration());
        modelBuilder.ApplyConfiguration(new MarketingSubscriptionConfiguration());
    }

    public static IServiceCollection AddProspectsAndMarketing(this IServiceCollection services)
    {
        services.AddScoped<IProspectRepository, ProspectRepository>();
        services.AddScoped<IMarketingSubscriptionRepository, MarketingSubscriptionRepository>();
        services.AddScoped<ConsentCapture>();
        services.AddSingleton<IUnsubscribeTokens, HmacUnsubscribeTokens>();
        return services;
    }
}
