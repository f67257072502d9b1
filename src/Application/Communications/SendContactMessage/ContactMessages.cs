using Groupus.Contracts.Communications;
using Groupus.Domain.Communications;
using Groupus.Domain.Communications.Mail;

namespace Groupus.Application.Communications.SendContactMessage;

/// <summary>
/// The communications module's face for messages to an address: each is recorded (pending) and handed to delivery,
/// then marked delivered when its carrier collects it, queued for the e-mail worker when that sends it, or failed; the
/// caller's unit of work saves the record. Organisation notices become notifications.
/// </summary>
public sealed class ContactMessages(
    IOutgoingMessages outgoing, INotificationRepository notifications, IMailDeliveries mail, IMessageDelivery delivery, TimeProvider clock) : IContactMessages
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
            if (await delivery.DeliverAsync(record, message.Body, cancellationToken) == MessageHandOver.Queued)
            {
                mail.Add(MailDelivery.For(MailSource.Message, record.Id, recipientCount: 1, clock.GetUtcNow().UtcDateTime));
            }
            else
            {
                record.MarkDelivered(clock.GetUtcNow().UtcDateTime);
            }
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
