using Groupus.Domain.Common;

namespace Groupus.Domain.Communications.Mail;

/// <summary>Only an e-mail still waiting (pending, or unknown and not yet resent) and past its backoff is sent.</summary>
public sealed class MailMustBeDueToBeSentRule(MailDelivery delivery, DateTime nowUtc) : IBusinessRule
{
    public string Code => "MAIL_NOT_DUE";

    public string Message => "This e-mail is not waiting to be sent now.";

    public bool IsBroken() => !delivery.IsDue(nowUtc) || (delivery.Status == MailStatus.Unknown && delivery.ResentAfterUnknown);
}
