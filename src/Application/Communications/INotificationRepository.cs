using Groupus.Domain.Communications;

namespace Groupus.Application.Communications;

public interface INotificationRepository
{
    void Add(Notification notification);

    Task<IReadOnlyList<NotificationDto>> ListForRecipientAsync(Guid recipientStaffId, int limit, CancellationToken cancellationToken);
}
