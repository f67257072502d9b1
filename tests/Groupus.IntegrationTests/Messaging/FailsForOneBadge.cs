using Groupus.Application.Common.Messaging;
using Groupus.Application.Communications;
using Groupus.Contracts.Visitors;
using Groupus.Domain.Communications;

namespace Groupus.IntegrationTests.Messaging;

/// <summary>A second subscriber to visitor arrivals that notifies like the real one but throws for one badge.</summary>
internal sealed class FailsForOneBadge(INotificationRepository notifications) : IIntegrationEventHandler<VisitorArrived>
{
    public const string Badge = "FAIL";

    public Task HandleAsync(VisitorArrived integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.BadgeNumber == Badge)
        {
            throw new InvalidOperationException("This handler refuses one badge.");
        }

        notifications.Add(Notification.ForStaff(integrationEvent.HostStaffId, [], "Arrived", "A visitor arrived.", NotificationChannel.Email, integrationEvent.OccurredAtUtc));
        return Task.CompletedTask;
    }
}
