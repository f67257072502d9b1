using Groupus.Application.Common.Messaging;
using Groupus.Contracts.Visitors;
using Groupus.Domain.Communications;
using Groupus.Domain.Communications.Mail;

namespace Groupus.Application.Communications.NotifyHostOfVisitorArrival;

/// <summary>Tells the host that their visitor is at reception, by e-mail when staff have mailboxes.</summary>
public sealed class NotifyHostOfVisitorArrival(INotificationRepository notifications, IStaffMailboxes mailboxes, IMailDeliveries mail)
    : IIntegrationEventHandler<VisitorArrived>
{
    public Task HandleAsync(VisitorArrived integrationEvent, CancellationToken cancellationToken)
    {
        var mailbox = integrationEvent.HostUsername is { } username ? mailboxes.MailboxOf(username) : null;
        var notification = Notification.ForStaff(
            integrationEvent.HostStaffId,
            mailbox is null ? [] : [mailbox],
            "Your visitor has arrived",
            $"Your visitor is at reception wearing badge {integrationEvent.BadgeNumber}; their name is on the on-site list.",
            NotificationChannel.Email,
            integrationEvent.OccurredAtUtc);
        notifications.Add(notification);
        if (notification.RecipientAddresses.Count > 0)
        {
            mail.Add(MailDelivery.For(MailSource.Notification, notification.Id, notification.RecipientAddresses.Count, integrationEvent.OccurredAtUtc));
        }

        return Task.CompletedTask;
    }
}
