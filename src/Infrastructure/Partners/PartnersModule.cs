using Groupus.Application.Common.Messaging;
using Groupus.Application.Partners;
using Groupus.Contracts.Privacy;
using Groupus.Infrastructure.Partners.Privacy;
using Groupus.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.Infrastructure.Partners;

internal static class PartnersModule
{
    public static IServiceCollection AddPartnersModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<PartnersDbContext>(PartnersDbContext.ModuleName, publishesEvents: true);
        services.AddSingleton<IDomainEventMapper, PartnersDomainEventMapper>();
        services.AddScoped<IResellerRepository, ResellerRepository>();
        services.AddSingleton<IPersonalDataRegistration, PartnersPersonalData>();
        services.AddScoped<IPersonalDataProvider, PartnersPersonalDataProvider>();
        services.AddHostedService<PartnersSubjectBackfill>();
        return services;
    }
}
