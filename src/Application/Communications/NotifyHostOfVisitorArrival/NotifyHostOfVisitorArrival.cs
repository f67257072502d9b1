using Groupus.Application.Common.Messaging;
using Groupus.Contracts.Visitors;
using Groupus.Domain.Communications;

namespace Groupus.Application.Communications.NotifyHostOfVisitorArrival;

/// <summary>Tells the host that their visitor is at reception.</summary>
public sealed class NotifyHostOfVisitorArrival(INotificationRepository notifications) : IIntegrationEventHandler<VisitorArrived>
{
    public Task HandleAsync(VisitorArrived integrationEvent, CancellationToken cancellationToken)
    {
        notifications.Add(Notification.ForStaff(
            integrationEvent.HostStaffId,
            "Your visitor has arrived",
            $"Your visitor is at reception wearing badge {integrationEvent.BadgeNumber}; their name is on the on-site list.",
            NotificationChannel.Email,
            integrationEvent.OccurredAtUtc));
        return Task.CompletedTask;
    }
}
