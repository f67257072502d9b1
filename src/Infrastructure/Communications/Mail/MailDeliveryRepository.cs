using Groupus.Application.Communications;
using Groupus.Domain.Communications.Mail;

namespace Groupus.Infrastructure.Communications.Mail;

internal sealed class MailDeliveryRepository(CommunicationsDbContext db) : IMailDeliveries
{
    public void Add(MailDelivery delivery) => db.MailDeliveries.Add(delivery);
}
