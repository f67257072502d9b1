using Groupus.Domain.Common;

namespace Groupus.Domain.Communications.Mail;

/// <summary>An attempt is taken for interrupted only once its claim has lapsed: before that its worker may still be sending.</summary>
public sealed class MailClaimMustHaveLapsedRule(MailDelivery delivery, DateTime nowUtc) : IBusinessRule
{
    public string Code => "MAIL_CLAIM_HELD";

    public string Message => "This e-mail is being sent by a worker whose claim has not lapsed.";

    public bool IsBroken() => !delivery.ClaimLapsed(nowUtc);
}
