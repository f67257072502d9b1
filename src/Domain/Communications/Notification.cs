using Groupus.Domain.Common;
using Groupus.Domain.Communications.Mail;

namespace Groupus.Domain.Communications;

/// <summary>A message for a member of staff, recorded before any channel delivers it.</summary>
public sealed class Notification : AggregateRoot
{
    private Notification()
    {
    }

    /// <summary>A member of staff, or null for a message to a customer organisation.</summary>
    public Guid? RecipientStaffId { get; private set; }

    /// <summary>The customer organisation whose users are told, or null for a message to staff.</summary>
    public Guid? RecipientOrganisationId { get; private set; }

    /// <summary>The e-mail addresses it is sent to (a member of staff's work mailbox); empty when it is not e-mailed.</summary>
    [PersonalData(PersonalDataCategory.Contact)]
    public IReadOnlyList<string> RecipientAddresses { get; private set; } = [];

    [PersonalData(PersonalDataCategory.CommunicationsContent)]
    public string Subject { get; private set; } = "";

    [PersonalData(PersonalDataCategory.CommunicationsContent)]
    public string Body { get; private set; } = "";

    public NotificationChannel Channel { get; private set; }

    public DeliveryStatus DeliveryStatus { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public static Notification ForStaff(
        Guid recipientStaffId, IReadOnlyList<string> recipientAddresses, string subject, string body, NotificationChannel channel, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        RecipientStaffId = recipientStaffId,
        RecipientAddresses = recipientAddresses,
        Subject = subject,
        Body = body,
        Channel = channel,
        DeliveryStatus = DeliveryStatus.Pending,
        CreatedAtUtc = nowUtc,
    };

    public static Notification ForOrganisation(Guid organisationId, string subject, string body, NotificationChannel channel, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        RecipientOrganisationId = organisationId,
        Subject = subject,
        Body = body,
        Channel = channel,
        DeliveryStatus = DeliveryStatus.Pending,
        CreatedAtUtc = nowUtc,
    };

    /// <summary>The e-mail's final status, as far as the notification's reader needs it.</summary>
    public void RecordMailOutcome(MailStatus status)
    {
        DeliveryStatus = status.AsDeliveryStatus();
        MarkChanged();
    }
}
