using Groupus.Application.Common.Messaging;
using Groupus.Application.Common.Security;
using Groupus.Application.Identity;
using Groupus.Application.Identity.CustomerUsers;
using Groupus.Application.Identity.CustomerUsers.CustomerLogin;
using Groupus.Application.Identity.Passwords;
using Groupus.Contracts.Identity;
using Groupus.Contracts.Privacy;
using Groupus.Infrastructure.Identity.Passwords;
using Groupus.Infrastructure.Identity.Privacy;
using Groupus.Infrastructure.Identity.Tokens;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.Infrastructure.Identity;

internal static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IdentityOptions>(configuration.GetSection(IdentityOptions.Section));
        services.AddModuleDbContext<IdentityDbContext>(IdentityDbContext.ModuleName, publishesEvents: true);
        services.AddSessionChecks(configuration);
        services.AddSingleton<IDomainEventMapper, IdentityDomainEventMapper>();
        services.AddScoped<IStaffRepository, StaffRepository>();
        services.AddScoped<ICustomerUserRepository, CustomerUserRepository>();
        services.AddScoped<IGatewayCredentialRepository, GatewayCredentialRepository>();
        services.AddScoped<CustomerUserAccess>();
        services.AddScoped<PasswordLogin>();
        services.AddScoped<IPasswordAttempts, PasswordAttempts>();
        services.AddSingleton<AccountGate>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<IRequestSource>(provider => provider.GetRequiredService<CurrentUser>());
        services.AddScoped<CustomerSignInPrivacy>();
        services.AddScoped<ISignInAudit, SignInAuditLog>();
        services.AddSingleton<ICommonPasswordList, EmbeddedCommonPasswordList>();
        services.AddScoped<IStaffDirectory, StaffDirectory>();
        services.AddScoped<IGatewayDirectory, GatewayDirectory>();
        services.AddSingleton<IPasswordHasher, AspNetPasswordHasher>();
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddSingleton<IInitialPasswordStore, FileInitialPasswordStore>();
        services.AddHostedService<AdminBootstrapper>();
        services.AddScoped<IPersonalDataProvider, IdentityPersonalDataProvider>();
        services.AddHostedService<IdentitySubjectBackfill>();
        services.AddSingleton<IPersonalDataRegistration, IdentityPersonalData>();
        return services;
    }

    /// <summary>Every token is checked against its subject's session state on every call (see <see cref="SessionStates"/>).</summary>
    private static IServiceCollection AddSessionChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SessionOptions>(configuration.GetSection(SessionOptions.Section));
        services.AddSingleton<SessionStates>();
        services.AddScoped<ISessionStateSource, AccountSessionStates>();
        services.AddSingleton<SessionStateInvalidation>();
        services.ConfigureDbContext<IdentityDbContext>((provider, builder) => builder.AddInterceptors(provider.GetRequiredService<SessionStateInvalidation>()));
        return services;
    }
}
