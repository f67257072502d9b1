namespace Groupus.Domain.Communications;

public enum DeliveryStatus
{
    /// <summary>Recorded, waiting for its channel (the e-mail worker's attempts: <see cref="Mail.MailDelivery"/>).</summary>
    Pending = 1,
    Delivered = 2,
    Failed = 3,

    /// <summary>Sent, but the mail server's answer was lost twice: it may or may not have arrived.</summary>
    Unknown = 4,
}
