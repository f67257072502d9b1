using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Communications.ListMyNotifications;

public sealed class ListMyNotificationsHandler(INotificationRepository notifications, ICurrentUser currentUser)
    : IQueryHandler<ListMyNotificationsQuery, Result<IReadOnlyList<NotificationDto>>>
{
    public async ValueTask<Result<IReadOnlyList<NotificationDto>>> Handle(ListMyNotificationsQuery query, CancellationToken cancellationToken)
    {
        if (currentUser.StaffId is not { } staffId)
        {
            return Result<IReadOnlyList<NotificationDto>>.Success([]);
        }

        var limit = query.Limit == 0 ? ListMyNotificationsQuery.DefaultLimit : query.Limit;
        return Result<IReadOnlyList<NotificationDto>>.Success(await notifications.ListForRecipientAsync(staffId, limit, cancellationToken));
    }
}
