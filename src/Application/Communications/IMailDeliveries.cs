using Groupus.Domain.Communications.Mail;

namespace Groupus.Application.Communications;

/// <summary>The e-mails waiting for, or done with, the delivery worker.</summary>
public interface IMailDeliveries
{
    void Add(MailDelivery delivery);
}
