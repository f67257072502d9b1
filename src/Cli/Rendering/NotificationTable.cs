using Groupus.Api.Grpc.Communications.V1;
using Groupus.Cli.Time;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Rendering;

internal static class NotificationTable
{
    public static IRenderable Of(IReadOnlyCollection<Notification> notifications, LocalTime time) =>
        TableBuilder.Build(notifications, "No notifications.",
            ("Received", notification => time.Short(notification.CreatedAt)),
            ("Subject", notification => notification.Subject),
            ("Message", notification => notification.Body),
            ("Channel", notification => notification.Channel),
            ("Delivery", notification => notification.DeliveryStatus));
}
