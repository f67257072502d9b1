using Groupus.Application.Accounts.Marketing;
using Groupus.Application.Accounts.Prospects;
using Groupus.Application.Accounts.Resellers;
using Groupus.Infrastructure.Accounts.Marketing;
using Groupus.Infrastructure.Accounts.Resellers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.Infrastructure.Accounts.Prospects;

/// <summary>Prospects, marketing subscriptions and resellers: their part of the accounts model and their services.</summary>
internal static class ProspectsAndResellers
{
    public static void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ProspectConfiguration());
        modelBuilder.ApplyConfiguration(new MarketingSubscriptionConfiguration());
        modelBuilder.ApplyConfiguration(new ResellerConfiguration());
    }

    public static IServiceCollection AddProspectsAndResellers(this IServiceCollection services)
    {
        services.AddScoped<IProspectRepository, ProspectRepository>();
        services.AddScoped<IMarketingSubscriptionRepository, MarketingSubscriptionRepository>();
        services.AddScoped<IResellerRepository, ResellerRepository>();
        services.AddScoped<ConsentCapture>();
        services.AddSingleton<IUnsubscribeTokens, HmacUnsubscribeTokens>();
        return services;
    }
}
