using Groupus.Domain.Common;

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

    [PersonalData(PersonalDataCategory.CommunicationsContent)]
    public string Subject { get; private set; } = "";

    [PersonalData(PersonalDataCategory.CommunicationsContent)]
    public string Body { get; private set; } = "";

    public NotificationChannel Channel { get; private set; }

    public DeliveryStatus DeliveryStatus { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public static Notification ForStaff(Guid recipientStaffId, string subject, string body, NotificationChannel channel, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        RecipientStaffId = recipientStaffId,
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
}
