namespace Groupus.Domain.Communications;

public enum NotificationChannel
{
    InApp = 1,
    Email = 2,

    /// <summary>A text message to a phone number.</summary>
    TextMessage = 3,
}
