using Groupus.Application.Common.Paging;
using Groupus.Application.Communications;
using Groupus.Domain.Communications.Mail;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Communications.Mail;

internal sealed class MailDeliveryRepository(CommunicationsDbContext db) : IMailDeliveries
{
    public void Add(MailDelivery delivery) => db.MailDeliveries.Add(delivery);

    public async Task<IReadOnlyList<MailDelivery>> ListAsync(Guid? mailId, MailStatus? status, PageKey? before, int take, CancellationToken cancellationToken)
    {
        var deliveries = db.MailDeliveries.AsNoTracking();
        if (mailId is { } id)
        {
            deliveries = deliveries.Where(d => d.Id == id);
        }

        if (status is { } wanted)
        {
            deliveries = deliveries.Where(d => d.Status == wanted);
        }

        if (before is { } last)
        {
            var (at, lastId) = (last.Time, last.Id);
            deliveries = deliveries.Where(d => d.CreatedAtUtc <= at && (d.CreatedAtUtc < at || d.Id.CompareTo(lastId) < 0));
        }

        return await deliveries.OrderByDescending(d => d.CreatedAtUtc).ThenByDescending(d => d.Id).Take(take).AsSplitQuery().ToListAsync(cancellationToken);
    }
}
