namespace Groupus.Domain.Communications;

public enum DeliveryStatus
{
    /// <summary>Recorded, waiting for a delivery channel (e-mail delivery arrives with its own issue).</summary>
    Pending = 1,
    Delivered = 2,
    Failed = 3,
}
