namespace Groupus.Domain.Communications.Mail;

public static class MailStatusMapping
{
    /// <summary>An e-mail's status as the message or notification it carries shows it: delivered to anyone counts as delivered.</summary>
    public static DeliveryStatus AsDeliveryStatus(this MailStatus status) => status switch
    {
        MailStatus.Delivered or MailStatus.PartiallyDelivered => DeliveryStatus.Delivered,
        MailStatus.Failed => DeliveryStatus.Failed,
        MailStatus.Unknown => DeliveryStatus.Unknown,
        _ => DeliveryStatus.Pending,
    };
}
