using Groupus.Api.Grpc.Communications.V1;
using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Communications.ListMyNotifications;
using Grpc.Core;
using Mediator;

namespace Groupus.Api.Communications;

public sealed class NotificationGrpcService(ISender sender) : NotificationService.NotificationServiceBase
{
    public override async Task<ListMyNotificationsResponse> ListMyNotifications(ListMyNotificationsRequest request, ServerCallContext context)
    {
        var notifications = (await sender.Send(new ListMyNotificationsQuery(request.Limit), context.CancellationToken)).OrThrow();
        return new ListMyNotificationsResponse
        {
            Notifications =
            {
                notifications.Select(n => new Notification
                {
                    Id = n.Id.ToString(),
                    Subject = n.Subject,
                    Body = n.Body,
                    CreatedAt = n.CreatedAtUtc.ToTimestamp(),
                    Channel = n.Channel.ToString(),
                    DeliveryStatus = n.DeliveryStatus.ToString(),
                }),
            },
        };
    }
}
