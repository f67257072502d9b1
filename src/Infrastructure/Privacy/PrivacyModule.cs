using Groupus.Application.Privacy;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Restrictions;
using Groupus.Contracts.Privacy;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Privacy.Restrictions;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.Infrastructure.Privacy;

internal static class PrivacyModule
{
    public static IServiceCollection AddPrivacyModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<PrivacyDbContext>(PrivacyDbContext.ModuleName, publishesEvents: false);
        services.AddScoped<PrivacyAuditLog>();
        services.AddScoped<IPrivacyAudit>(provider => provider.GetRequiredService<PrivacyAuditLog>());
        services.AddScoped<IPrivacyAuditTrail>(provider => provider.GetRequiredService<PrivacyAuditLog>());
        services.AddScoped<IPersonalDataMap, ModelPersonalDataMap>();
        services.AddSingleton<IPersonalDataRegistration, PrivacyPersonalData>();
        services.AddScoped<IRestrictionLedger, RestrictionLedger>();
        services.AddScoped<IProcessingRestrictions, ProcessingRestrictions>();
        return services;
    }
}
