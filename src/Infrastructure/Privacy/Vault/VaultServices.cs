using Groupus.Application.Privacy;
using Groupus.Contracts.Privacy;
using Groupus.Infrastructure.Persistence.Subjects;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Privacy.Vault;

internal static class VaultServices
{
    /// <summary>The subject key vault, the register of subjects kept in it, and the sealing of subject-keyed columns.</summary>
    public static IServiceCollection AddSubjectKeyVault(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<VaultOptions>(configuration.GetSection(VaultOptions.Section));
        services.AddSingleton<VaultDatabase>();
        services.AddSingleton(provider => VaultMasterKey.Load(
            provider.GetRequiredService<IOptions<VaultOptions>>().Value, provider.GetRequiredService<VaultDatabase>().FilePath));
        services.AddSingleton<DestroyedSubjectKeys>();
        services.AddHostedService<DestroyedKeyWatch>();
        services.AddHostedService<VaultCheckpointer>();
        services.AddSingleton<SubjectKeyVault>();
        services.AddSingleton<ISubjectKeys>(provider => provider.GetRequiredService<SubjectKeyVault>());
        services.AddSingleton<ISubjectKeyVault>(provider => provider.GetRequiredService<SubjectKeyVault>());
        services.AddSingleton<IErasedSubjects>(provider => provider.GetRequiredService<SubjectKeyVault>());
        services.AddSingleton<IErasureLedger>(provider => provider.GetRequiredService<SubjectKeyVault>());
        services.AddScoped<IDataSubjectRegistry, SubjectRegister>();
        services.AddSingleton<IBlindIndex, RecordBlindIndex>();
        services.AddSingleton<SubjectFieldCipher>();
        return services;
    }
}
