using Groupus.Contracts.Communications;
using Groupus.Domain.Communications;

namespace Groupus.Application.Communications.SendContactMessage;

/// <summary>
/// The communications module's face for messages to an address: each is recorded (pending), handed to delivery, then
/// marked delivered or failed; the caller's unit of work saves the record. Organisation notices become notifications.
/// </summary>
public sealed class ContactMessages(IOutgoingMessages outgoing, INotificationRepository notifications, IMessageDelivery delivery, TimeProvider clock) : IContactMessages
{
    public async Task SendAsync(ContactMessage message, CancellationToken cancellationToken)
    {
        var record = OutgoingMessage.Record(
            message.DataSubjectId,
            message.Channel == ContactChannel.Email ? NotificationChannel.Email : NotificationChannel.TextMessage,
            message.Address,
            message.Subject,
            message.Body,
            message.Confidential,
            clock.GetUtcNow().UtcDateTime);
        outgoing.Add(record);
        try
        {
            await delivery.DeliverAsync(record, message.Body, cancellationToken);
            record.MarkDelivered(clock.GetUtcNow().UtcDateTime);
        }
        catch (IOException)
        {
            record.MarkFailed();
            throw;
        }
    }

    public Task NotifyOrganisationAsync(Guid organisationId, string subject, string body, CancellationToken cancellationToken)
    {
        notifications.Add(Notification.ForOrganisation(organisationId, subject, body, NotificationChannel.Email, clock.GetUtcNow().UtcDateTime));
        return Task.CompletedTask;
    }
}
