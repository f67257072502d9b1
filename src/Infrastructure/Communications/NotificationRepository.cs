using Groupus.Application.Communications;
using Groupus.Domain.Communications;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Communications;

internal sealed class NotificationRepository(CommunicationsDbContext db) : INotificationRepository
{
    public void Add(Notification notification) => db.Notifications.Add(notification);

    public async Task<IReadOnlyList<NotificationDto>> ListForRecipientAsync(Guid recipientStaffId, int limit, CancellationToken cancellationToken) =>
        await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientStaffId == recipientStaffId)
            .OrderByDescending(n => n.CreatedAtUtc)
            .Take(limit)
            .Select(n => new NotificationDto(n.Id, n.Subject, n.Body, n.CreatedAtUtc, n.Channel, n.DeliveryStatus))
            .ToListAsync(cancellationToken);
}
