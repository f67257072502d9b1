using Groupus.Infrastructure.Fax;
using FluentValidation;
using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Paging;
using Groupus.Application.Common.Persistence;
using Groupus.Infrastructure.Common;
using Groupus.Infrastructure.Common.Paging;
using Groupus.Application.Common.Security;
using Groupus.Application.Visitors;
using Groupus.Infrastructure.Communications;
using Groupus.Infrastructure.Customers;
using Groupus.Infrastructure.Identity;
using Groupus.Infrastructure.Messaging;
using Groupus.Infrastructure.Partners;
using Groupus.Infrastructure.Sales;
using Groupus.Infrastructure.Numbering;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Privacy;
using Groupus.Infrastructure.Privacy.Vault;
using Groupus.Infrastructure.Security;
using Groupus.Infrastructure.Security.Tokens;
using Groupus.Infrastructure.Visitors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Groupus.Infrastructure;

public static class InfrastructureServices
{
    /// <summary>Persistence, messaging, security and every module's adapters. The migrator is registered first so it runs first.</summary>
    public static IServiceCollection AddGroupusInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GroupusOptions>(configuration.GetSection(GroupusOptions.Section));
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<DatabaseMigrator>();

        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(provider => provider.GetRequiredService<CurrentUser>());
        services.AddScoped<OrganisationScope>();
        services.Configure<TokenOptions>(configuration.GetSection(TokenOptions.Section));
        services.AddSingleton<SigningKeyRing>();
        services.AddSingleton<IPhoneNumbers, LibPhoneNumbers>();
        services.AddSingleton<IPageTokens, HmacPageTokens>();
        services.AddScoped<EnlistedContexts>();
        services.AddSubjectKeyVault(configuration);
        services.AddSingleton<DatabaseWriteGate>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<AfterCommit>();
        services.AddScoped<CommittedDomainEvents>();
        services.AddScoped<OnRollback>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IntegrationEventRegistry>();
        services.AddValidatorsFromAssemblyContaining<VisitDto>(ServiceLifetime.Singleton, includeInternalTypes: true);

        services.AddIdentityModule(configuration);
        services.AddCustomersModule();
        services.AddPartnersModule();
        services.AddSalesModule();
        services.AddNumberingModule();
        services.AddVisitorsModule(configuration);
        services.AddCommunicationsModule(configuration);
        services.AddFaxModule(configuration);
        services.AddPrivacyModule(configuration);

        services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}
