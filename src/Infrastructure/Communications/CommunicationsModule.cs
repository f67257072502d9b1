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
using Groupus.Infrastructure.Communications.Mail;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Communications;

internal static class CommunicationsModule
{
    public static IServiceCollection AddCommunicationsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PickupDirectoryOptions>(configuration.GetSection(PickupDirectoryOptions.Section));
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddScoped<IOutgoingMessages, OutgoingMessageRepository>();
        services.AddSingleton<MailSpool>();
        services.AddSingleton<IMessageDelivery, SpooledMessageDelivery>();
        services.AddSingleton<IStaffMailboxes, StaffMailboxes>();
        services.AddScoped<IMailDeliveries, MailDeliveryRepository>();
        services.AddSingleton<MailComposer>();
        services.AddSingleton<IMailTransport>(provider =>
            provider.GetRequiredService<IOptions<MailOptions>>().Value.Transport == MailTransportKind.Smtp
                ? ActivatorUtilities.CreateInstance<SmtpMailTransport>(provider)
                : ActivatorUtilities.CreateInstance<PickupDirectoryTransport>(provider));
        services.AddHostedService<MailDeliveryWorker>();
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
