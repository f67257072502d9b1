using Groupus.Application.Common.Messaging;
using Groupus.Application.Sales;
using Groupus.Application.Sales.Marketing;
using Groupus.Application.Sales.Prospects;
using Groupus.Contracts.Privacy;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Sales.Marketing;
using Groupus.Infrastructure.Sales.Privacy;
using Groupus.Infrastructure.Sales.Prospects;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.Infrastructure.Sales;

internal static class SalesModule
{
    public static IServiceCollection AddSalesModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<SalesDbContext>(SalesDbContext.ModuleName, publishesEvents: true);
        services.AddSingleton<IDomainEventMapper, SalesDomainEventMapper>();
        services.AddScoped<IProspectRepository, ProspectRepository>();
        services.AddScoped<IMarketingSubscriptionRepository, MarketingSubscriptionRepository>();
        services.AddScoped<ConsentCapture>();
        services.AddSingleton<IUnsubscribeTokens, HmacUnsubscribeTokens>();
        services.AddScoped<IMarketingAudienceSource, MarketingAudienceSource>();
        services.AddScoped<IMarketingSendLog, MarketingSendLog>();
        services.AddSingleton<IPersonalDataRegistration, SalesPersonalData>();
        services.AddScoped<IPersonalDataProvider, SalesPersonalDataProvider>();
        services.AddHostedService<SalesSubjectBackfill>();
        return services;
    }
}
