namespace Groupus.Domain.Communications.Mail;

/// <summary>
/// What one attempt came to, as the transport reports it: how it ended, the reply code that ended it, and the answer
/// for each recipient it offered (those not reached, because the attempt ended first, are absent).
/// </summary>
public sealed record MailAttemptResult(MailAttemptOutcome Outcome, int? ReplyCode, IReadOnlyList<RecipientReply> Recipients)
{
    public static MailAttemptResult Deferred(int? replyCode) => new(MailAttemptOutcome.Deferred, replyCode, []);

    public static MailAttemptResult Rejected(int replyCode, IReadOnlyList<RecipientReply> recipients) => new(MailAttemptOutcome.Rejected, replyCode, recipients);
}
