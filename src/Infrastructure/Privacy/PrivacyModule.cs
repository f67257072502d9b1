using Groupus.Application.Privacy;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Restrictions;
using Groupus.Contracts.Privacy;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.Coordination;
using Groupus.Infrastructure.Privacy.Restrictions;
using Groupus.Application.Privacy.Exports;
using Groupus.Application.Privacy.Holds;
using Groupus.Application.Privacy.Requests;
using Groupus.Application.Privacy.RunRequest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.Infrastructure.Privacy;

internal static class PrivacyModule
{
    /// <summary>
    /// The privacy module. IDataSubjectRegistry, ISubjectKeys and IRestrictionLedger are bound by the modules that
    /// own them (the subject key vault and the restriction ledger).
    /// </summary>
    public static IServiceCollection AddPrivacyModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PrivacyDbContext>(PrivacyDbContext.ModuleName, publishesEvents: false);
        services.AddWorkLeases<PrivacyDbContext>();
        services.Configure<PrivacyRequestOptions>(configuration.GetSection(PrivacyRequestOptions.Section));
        services.AddScoped<PrivacyAuditLog>();
        services.AddScoped<IPrivacyAudit>(provider => provider.GetRequiredService<PrivacyAuditLog>());
        services.AddScoped<IPrivacyAuditTrail>(provider => provider.GetRequiredService<PrivacyAuditLog>());
        services.AddScoped<IPersonalDataMap, ModelPersonalDataMap>();
        services.AddSingleton<IPersonalDataRegistration, PrivacyPersonalData>();
        services.AddScoped<IRestrictionLedger, RestrictionLedger>();
        services.AddScoped<IProcessingRestrictions, ProcessingRestrictions>();
        services.AddScoped<IDataSubjectRequests, DataSubjectRequestRepository>();
        services.AddScoped<LegalHoldRepository>();
        services.AddScoped<ILegalHolds>(provider => provider.GetRequiredService<LegalHoldRepository>());
        services.AddScoped<ILegalHoldRegister>(provider => provider.GetRequiredService<LegalHoldRepository>());
        services.AddScoped<IExportPackages, ExportPackageRepository>();
        services.AddScoped<RequestStepRunner>();
        services.AddScoped<RequestChange>();
        services.AddScoped<RequestCompletion>();
        services.AddScoped<AuditAfterCommit>();
        services.AddHostedService<ErasureReapplier>();
        services.AddHostedService<RequestResumer>();
        return services;
    }
}
