using Groupus.Domain.Common;
using Groupus.Domain.Communications.Mail;

namespace Groupus.Domain.Communications;

/// <summary>
/// A message to a person at an e-mail address or phone number (not to a member of staff), recorded before delivery
/// and sealed under the person's key. A confidential body (a one-time code) is delivered but never stored:
/// <see cref="Body"/> is null then.
/// </summary>
public sealed class OutgoingMessage : AggregateRoot, IHasDataSubject
{
    private OutgoingMessage()
    {
    }

    public Guid DataSubjectId { get; private set; }

    public NotificationChannel Channel { get; private set; }

    [PersonalData(PersonalDataCategory.Contact)]
    public string RecipientAddress { get; private set; } = "";

    [PersonalData(PersonalDataCategory.CommunicationsContent)]
    public string Subject { get; private set; } = "";

    [PersonalData(PersonalDataCategory.CommunicationsContent)]
    public string? Body { get; private set; }

    public DeliveryStatus DeliveryStatus { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? DeliveredAtUtc { get; private set; }

    public static OutgoingMessage Record(
        Guid dataSubjectId, NotificationChannel channel, string address, string subject, string body, bool confidential, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        DataSubjectId = dataSubjectId,
        Channel = channel,
        RecipientAddress = address,
        Subject = subject,
        Body = confidential ? null : body,
        DeliveryStatus = DeliveryStatus.Pending,
        CreatedAtUtc = nowUtc,
    };

    public void MarkDelivered(DateTime nowUtc)
    {
        DeliveryStatus = DeliveryStatus.Delivered;
        DeliveredAtUtc = nowUtc;
        MarkChanged();
    }

    /// <summary>The e-mail worker's final word on it.</summary>
    public void RecordMailOutcome(MailStatus status, DateTime nowUtc)
    {
        DeliveryStatus = status.AsDeliveryStatus();
        DeliveredAtUtc = DeliveryStatus == DeliveryStatus.Delivered ? nowUtc : null;
        MarkChanged();
    }

    public void MarkFailed()
    {
        DeliveryStatus = DeliveryStatus.Failed;
        MarkChanged();
    }
}
