namespace Groupus.Domain.Communications;

public enum NotificationChannel
{
    InApp = 1,
    Email = 2,
}
