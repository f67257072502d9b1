using Groupus.Application.Accounts;
using Groupus.Application.Accounts.CustomerUsers;
using Groupus.Application.Accounts.Organisations;
using Groupus.Application.Accounts.ServiceConfiguration;
using Groupus.Infrastructure.Accounts.ServiceConfiguration;
using Groupus.Application.Accounts.Passwords;
using Groupus.Application.Common.Messaging;
using Groupus.Infrastructure.Accounts.Passwords;
using Groupus.Contracts.Accounts;
using Groupus.Infrastructure.Accounts.Tokens;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Accounts.Privacy;
using Groupus.Contracts.Privacy;
using Groupus.Application.Common.Security;
using Groupus.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.Infrastructure.Accounts;

internal static class AccountsModule
{
    public static IServiceCollection AddAccountsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccountsOptions>(configuration.GetSection(AccountsOptions.Section));
        services.AddModuleDbContext<AccountsDbContext>(AccountsDbContext.ModuleName, publishesEvents: true);
        services.AddSessionChecks(configuration);
        services.AddSingleton<IDomainEventMapper, AccountsDomainEventMapper>();
        services.AddScoped<IStaffRepository, StaffRepository>();
        services.AddScoped<IOrganisationRepository, OrganisationRepository>();
        services.AddScoped<ICustomerUserRepository, CustomerUserRepository>();
        services.AddScoped<IGatewayCredentialRepository, GatewayCredentialRepository>();
        services.AddScoped<CustomerUserAccess>();
        services.AddScoped<PasswordLogin>();
        services.AddScoped<IPasswordAttempts, PasswordAttempts>();
        services.AddSingleton<AccountGate>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<IRequestSource>(provider => provider.GetRequiredService<CurrentUser>());
        services.AddScoped<Groupus.Application.Accounts.CustomerUsers.CustomerLogin.CustomerSignInPrivacy>();
        services.AddScoped<ISignInAudit, SignInAuditLog>();
        services.AddSingleton<ICommonPasswordList, EmbeddedCommonPasswordList>();
        services.AddScoped<IStaffDirectory, StaffDirectory>();
        services.AddScoped<IGatewayDirectory, GatewayDirectory>();
        services.AddScoped<IOrganisationDirectory, OrganisationDirectory>();
        services.AddScoped<ICustomerRegistration, CustomerRegistration>();
        services.AddScoped<IServiceConfigurationRepository, ServiceConfigurationRepository>();
        services.AddSingleton<IPasswordHasher, AspNetPasswordHasher>();
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddSingleton<IInitialPasswordStore, FileInitialPasswordStore>();
        services.AddHostedService<AdminBootstrapper>();
        services.AddScoped<IPersonalDataProvider, AccountsPersonalDataProvider>();
        services.AddHostedService<AccountsSubjectBackfill>();
        services.AddSingleton<IPersonalDataRegistration, AccountsPersonalData>();
        return services;
    }

    /// <summary>Every token is checked against its subject's session state on every call (see <see cref="SessionStates"/>).</summary>
    private static IServiceCollection AddSessionChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SessionOptions>(configuration.GetSection(SessionOptions.Section));
        services.AddSingleton<SessionStates>();
        services.AddScoped<ISessionStateSource, AccountSessionStates>();
        services.AddSingleton<SessionStateInvalidation>();
        services.ConfigureDbContext<AccountsDbContext>((provider, builder) => builder.AddInterceptors(provider.GetRequiredService<SessionStateInvalidation>()));
        return services;
    }
}
