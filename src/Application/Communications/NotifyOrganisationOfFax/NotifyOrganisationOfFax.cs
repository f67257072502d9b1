using Groupus.Application.Common.Messaging;
using Groupus.Contracts.Fax;
using Groupus.Domain.Communications;

namespace Groupus.Application.Communications.NotifyOrganisationOfFax;

/// <summary>Tells a customer organisation that a fax arrived for it (never who sent it: that stays in the fax module).</summary>
public sealed class NotifyOrganisationOfFax(INotificationRepository notifications) : IIntegrationEventHandler<FaxArrived>
{
    public Task HandleAsync(FaxArrived integrationEvent, CancellationToken cancellationToken)
    {
        var pages = integrationEvent.PageCount == 1 ? "1 page" : $"{integrationEvent.PageCount} pages";
        notifications.Add(Notification.ForOrganisation(
            integrationEvent.OrganisationId,
            "You have received a fax",
            $"A fax of {pages} arrived at {integrationEvent.ReceivedAtUtc:yyyy-MM-dd HH:mm} UTC (fax {integrationEvent.FaxId}).",
            NotificationChannel.Email,
            integrationEvent.OccurredAtUtc));
        return Task.CompletedTask;
    }
}
