using Groupus.Application.Communications.NotifyOrganisationOfFax;
using Groupus.Contracts.Fax;
using Groupus.Contracts.Privacy;
using Groupus.Application.Communications;
using Groupus.Application.Communications.NotifyHostOfVisitorArrival;
using Groupus.Contracts.Visitors;
using Groupus.Infrastructure.Messaging;
using Groupus.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Groupus.Application.Communications.SendContactMessage;
using Groupus.Contracts.Communications;

namespace Groupus.Infrastructure.Communications;

internal static class CommunicationsModule
{
    public static IServiceCollection AddCommunicationsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PickupDirectoryOptions>(configuration.GetSection(PickupDirectoryOptions.Section));
        services.AddScoped<IOutgoingMessages, OutgoingMessageRepository>();
        services.AddSingleton<IMessageDelivery, PickupDirectoryDelivery>();
        services.AddScoped<IContactMessages, ContactMessages>();
        services.AddModuleDbContext<CommunicationsDbContext>(CommunicationsDbContext.ModuleName, publishesEvents: false);
        services.AddScoped<INotificationRepository, NotificationRepository>();
        services.AddSingleton<IPersonalDataRegistration, CommunicationsPersonalData>();
        services.AddScoped<IPersonalDataProvider, Privacy.CommunicationsPersonalDataProvider>();
        services.AddIntegrationEventHandler<VisitorArrived, NotifyHostOfVisitorArrival, CommunicationsDbContext>();
        services.AddIntegrationEventHandler<FaxArrived, NotifyOrganisationOfFax, CommunicationsDbContext>();
        return services;
    }
}
