using Groupus.Application.Common.Messaging;
using Groupus.Contracts.Visitors;
using Groupus.Domain.Communications;

namespace Groupus.Application.Communications.NotifyHostOfVisitorArrival;

/// <summary>Tells the host that their visitor is at reception.</summary>
public sealed class NotifyHostOfVisitorArrival(INotificationRepository notifications) : IIntegrationEventHandler<VisitorArrived>
{
    public Task HandleAsync(VisitorArrived integrationEvent, CancellationToken cancellationToken)
    {
        var from = integrationEvent.Company is null ? "" : $" from {integrationEvent.Company}";
        notifications.Add(Notification.ForStaff(
            integrationEvent.HostStaffId,
            "Your visitor has arrived",
            $"{integrationEvent.VisitorName}{from} is at reception (badge {integrationEvent.BadgeNumber}).",
            NotificationChannel.Email,
            integrationEvent.OccurredAtUtc));
        return Task.CompletedTask;
    }
}
