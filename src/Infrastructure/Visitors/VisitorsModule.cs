using Groupus.Application.Common.Messaging;
using Groupus.Application.Visitors;
using Groupus.Contracts.Privacy;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.Coordination;
using Groupus.Infrastructure.Visitors.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.Infrastructure.Visitors;

internal static class VisitorsModule
{
    public static IServiceCollection AddVisitorsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<VisitorRetentionOptions>(configuration.GetSection(VisitorRetentionOptions.Section));
        services.AddModuleDbContext<VisitorsDbContext>(VisitorsDbContext.ModuleName, publishesEvents: true);
        services.AddWorkLeases<VisitorsDbContext>();
        services.AddSingleton<IDomainEventMapper, VisitorsDomainEventMapper>();
        services.AddScoped<IVisitRepository, VisitRepository>();
        services.AddScoped<IVisitReadStore, VisitReadStore>();
        services.AddSingleton<OnSiteCache>();
        services.AddScoped<VisitHostLookup>();
        services.AddHostedService<VisitorRetentionSweeper>();
        services.AddSingleton<IPersonalDataRegistration, VisitorsPersonalData>();
        services.AddScoped<IPersonalDataProvider, VisitorsPersonalDataProvider>();
        services.AddHostedService<VisitSubjectBackfill>();
        return services;
    }
}
