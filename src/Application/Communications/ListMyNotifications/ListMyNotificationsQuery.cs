using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Communications.ListMyNotifications;

[AnyStaff]
public sealed record ListMyNotificationsQuery(int Limit) : IQuery<Result<IReadOnlyList<NotificationDto>>>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
}
