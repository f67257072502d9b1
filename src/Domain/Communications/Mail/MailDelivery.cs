using Groupus.Domain.Common;

namespace Groupus.Domain.Communications.Mail;

/// <summary>
/// The delivery of one e-mail (a message to a person or a notification) to the mail server: its attempts, what each
/// recipient's fate was, and where it stands. Delivery is at least once: an attempt whose answer was lost after the
/// data was sent leaves the e-mail <see cref="MailStatus.Unknown"/>, and it is sent once more, under the same
/// <see cref="MessageIdHeader"/> so that the recipient's mail program can recognise a second copy; never a third time.
/// </summary>
public sealed class MailDelivery : AggregateRoot
{
    public const string MessageIdDomain = "groupus.invalid";

    private readonly List<MailRecipient> _recipients = [];
    private readonly List<MailAttempt> _attempts = [];

    private MailDelivery()
    {
    }

    public MailSource Source { get; private set; }

    /// <summary>The <see cref="OutgoingMessage"/> or <see cref="Notification"/> this delivers.</summary>
    public Guid SourceId { get; private set; }

    /// <summary>The Message-ID header, made once from the source's id and sent unchanged with every attempt.</summary>
    [NotPersonalData("a generated identifier")]
    public string MessageIdHeader { get; private set; } = "";

    public MailStatus Status { get; private set; }

    /// <summary>True once the e-mail has been sent again after an attempt whose answer was lost.</summary>
    public bool ResentAfterUnknown { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When the worker may next take it (after a 4xx, the backoff's end); while sending, when its claim lapses.</summary>
    public DateTime NextAttemptAtUtc { get; private set; }

    /// <summary>When it reached a final status, or null while it may still be attempted.</summary>
    public DateTime? FinishedAtUtc { get; private set; }

    public IReadOnlyList<MailRecipient> Recipients => _recipients;

    public IReadOnlyList<MailAttempt> Attempts => _attempts;

    /// <summary>True while the worker may still send it (pending, or unknown and not yet resent).</summary>
    public bool IsDue(DateTime nowUtc) => FinishedAtUtc is null && Status is MailStatus.Pending or MailStatus.Unknown && NextAttemptAtUtc <= nowUtc;

    /// <summary>Still sending after its claim lapsed: the worker that claimed it stopped mid-attempt.</summary>
    public bool ClaimLapsed(DateTime nowUtc) => Status == MailStatus.Sending && NextAttemptAtUtc <= nowUtc;

    /// <summary>The positions of the recipients the next attempt offers the message to.</summary>
    public IReadOnlyList<int> RecipientsToOffer => [.. _recipients.Where(r => r.Outcome == RecipientOutcome.Pending).Select(r => r.Position)];

    public static MailDelivery For(MailSource source, Guid sourceId, int recipientCount, DateTime nowUtc)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(recipientCount, 1);
        var delivery = new MailDelivery
        {
            Id = Guid.CreateVersion7(),
            Source = source,
            SourceId = sourceId,
            MessageIdHeader = $"{sourceId:N}@{MessageIdDomain}",
            Status = MailStatus.Pending,
            CreatedAtUtc = nowUtc,
            NextAttemptAtUtc = nowUtc,
        };
        delivery._recipients.AddRange(Enumerable.Range(0, recipientCount).Select(MailRecipient.At));
        return delivery;
    }

    /// <summary>
    /// The worker takes the e-mail for an attempt, until <paramref name="claimedFor"/> has passed (far longer than an
    /// attempt can take). An unknown one is taken for its one resend.
    /// </summary>
    public void Claim(DateTime nowUtc, TimeSpan claimedFor)
    {
        CheckRule(new MailMustBeDueToBeSentRule(this, nowUtc));
        if (Status == MailStatus.Unknown)
        {
            ResentAfterUnknown = true;
            foreach (var recipient in _recipients.Where(r => r.Outcome == RecipientOutcome.Unknown))
            {
                recipient.Record(RecipientOutcome.Pending, recipient.ReplyCode);
            }
        }

        Status = MailStatus.Sending;
        NextAttemptAtUtc = nowUtc + claimedFor;
        MarkChanged();
    }

    /// <summary>Records how an attempt ended and decides what comes next: done, a retry after a backoff, or the one resend.</summary>
    public void Record(MailAttemptResult result, DateTime nowUtc, MailRetryPolicy policy, double random)
    {
        _attempts.Add(MailAttempt.Of(_attempts.Count + 1, nowUtc, result));
        ApplyRecipientReplies(result);
        switch (result.Outcome)
        {
            case MailAttemptOutcome.Accepted:
                ScheduleOrFinish(nowUtc, policy, random);
                break;
            case MailAttemptOutcome.Rejected:
                Refuse(_recipients.Where(r => r.Outcome == RecipientOutcome.Pending), result.ReplyCode);
                Finish(nowUtc);
                break;
            case MailAttemptOutcome.Deferred:
                ScheduleOrFinish(nowUtc, policy, random);
                break;
            case MailAttemptOutcome.AnswerLost:
                AnswerLost(nowUtc);
                break;
        }

        MarkChanged();
    }

    /// <summary>An attempt whose claim lapsed (its worker stopped): like a lost answer, the server may have the message.</summary>
    public void RecordInterrupted(DateTime nowUtc)
    {
        CheckRule(new MailClaimMustHaveLapsedRule(this, nowUtc));
        Record(new MailAttemptResult(MailAttemptOutcome.AnswerLost, null, []), nowUtc, MailRetryPolicy.Default, 0);
    }

    private void ApplyRecipientReplies(MailAttemptResult result)
    {
        foreach (var reply in result.Recipients)
        {
            var recipient = _recipients.Single(r => r.Position == reply.Position);
            var outcome = reply switch
            {
                { RefusedForGood: true } => RecipientOutcome.Refused,
                { Accepted: true } when result.Outcome == MailAttemptOutcome.Accepted => RecipientOutcome.Accepted,
                { Accepted: true } when result.Outcome == MailAttemptOutcome.AnswerLost => RecipientOutcome.Unknown,
                _ => RecipientOutcome.Pending,
            };
            recipient.Record(outcome, reply.ReplyCode);
        }
    }

    private void ScheduleOrFinish(DateTime nowUtc, MailRetryPolicy policy, double random)
    {
        var waiting = _recipients.Where(r => r.Outcome == RecipientOutcome.Pending).ToList();
        if (waiting.Count == 0)
        {
            Finish(nowUtc);
        }
        else if (_attempts.Count >= policy.MaxAttempts)
        {
            Refuse(waiting, null);
            Finish(nowUtc);
        }
        else
        {
            Status = MailStatus.Pending;
            NextAttemptAtUtc = nowUtc + policy.DelayAfter(_attempts.Count, random);
        }
    }

    private void AnswerLost(DateTime nowUtc)
    {
        foreach (var recipient in _recipients.Where(r => r.Outcome == RecipientOutcome.Pending && r.ReplyCode is null or (>= 200 and < 300)))
        {
            recipient.Record(RecipientOutcome.Unknown, recipient.ReplyCode);
        }

        Status = MailStatus.Unknown;
        NextAttemptAtUtc = nowUtc;
        if (ResentAfterUnknown)
        {
            Finish(nowUtc);
        }
    }

    private static void Refuse(IEnumerable<MailRecipient> recipients, int? replyCode)
    {
        foreach (var recipient in recipients)
        {
            recipient.Record(RecipientOutcome.Refused, replyCode ?? recipient.ReplyCode);
        }
    }

    private void Finish(DateTime nowUtc)
    {
        var accepted = _recipients.Count(r => r.Outcome == RecipientOutcome.Accepted);
        Status = _recipients.Any(r => r.Outcome is RecipientOutcome.Unknown or RecipientOutcome.Pending) ? MailStatus.Unknown
            : accepted == _recipients.Count ? MailStatus.Delivered
            : accepted > 0 ? MailStatus.PartiallyDelivered
            : MailStatus.Failed;
        FinishedAtUtc = nowUtc;
    }
}
