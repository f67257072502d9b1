using Groupus.Application.Accounts;
using Groupus.Contracts.Accounts;
using Groupus.Infrastructure.Accounts.Tokens;
using Groupus.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.Infrastructure.Accounts;

internal static class AccountsModule
{
    public static IServiceCollection AddAccountsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccountsOptions>(configuration.GetSection(AccountsOptions.Section));
        services.Configure<TokenOptions>(configuration.GetSection(TokenOptions.Section));
        services.AddModuleDbContext<AccountsDbContext>(AccountsDbContext.ModuleName, publishesEvents: false);
        services.AddScoped<IStaffRepository, StaffRepository>();
        services.AddScoped<IStaffDirectory, StaffDirectory>();
        services.AddSingleton<IPasswordHasher, AspNetPasswordHasher>();
        services.AddSingleton<SigningKeyRing>();
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddSingleton<IInitialPasswordStore, FileInitialPasswordStore>();
        services.AddHostedService<AdminBootstrapper>();
        return services;
    }
}
