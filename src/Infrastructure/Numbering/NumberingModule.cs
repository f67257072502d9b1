using Groupus.Application.Common.Messaging;
using Groupus.Application.Numbering;
using Groupus.Contracts.Numbering;
using Groupus.Contracts.Privacy;
using Groupus.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.Infrastructure.Numbering;

internal static class NumberingModule
{
    public static IServiceCollection AddNumberingModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<NumberingDbContext>(NumberingDbContext.ModuleName, publishesEvents: true);
        services.AddSingleton<IDomainEventMapper, NumberingDomainEventMapper>();
        services.AddScoped<IPhoneNumberRepository, PhoneNumberRepository>();
        services.AddScoped<NumberAccess>();
        services.AddScoped<INumberDirectory, NumberDirectory>();
        services.AddSingleton<IPersonalDataRegistration, NumberingPersonalData>();
        return services;
    }
}
