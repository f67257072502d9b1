using Groupus.Application.Common.Messaging;
using Groupus.Application.Customers;
using Groupus.Application.Customers.Organisations;
using Groupus.Application.Customers.ServiceConfiguration;
using Groupus.Contracts.Customers;
using Groupus.Contracts.Privacy;
using Groupus.Infrastructure.Customers.ServiceConfiguration;
using Groupus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.Infrastructure.Customers;

internal static class CustomersModule
{
    public static IServiceCollection AddCustomersModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<CustomersDbContext>(CustomersDbContext.ModuleName, publishesEvents: true);
        services.AddSingleton<OrganisationSessionInvalidation>();
        services.ConfigureDbContext<CustomersDbContext>((provider, builder) => builder.AddInterceptors(provider.GetRequiredService<OrganisationSessionInvalidation>()));
        services.AddSingleton<IDomainEventMapper, CustomersDomainEventMapper>();
        services.AddScoped<IOrganisationRepository, OrganisationRepository>();
        services.AddScoped<IOrganisationDirectory, OrganisationDirectory>();
        services.AddScoped<ICustomerRegistration, CustomerRegistration>();
        services.AddScoped<IServiceConfigurationRepository, ServiceConfigurationRepository>();
        services.AddSingleton<IPersonalDataRegistration, CustomersPersonalData>();
        return services;
    }
}
