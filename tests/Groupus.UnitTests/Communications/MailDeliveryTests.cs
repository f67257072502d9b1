using Groupus.Domain.Common;
using Groupus.Domain.Communications.Mail;

namespace Groupus.UnitTests.Communications;

public sealed class MailDeliveryTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Claim = TimeSpan.FromMinutes(10);
    private static readonly MailRetryPolicy Policy = new(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), MaxAttempts: 4, Jitter: 0.2);

    private static MailAttemptResult Accepted(params RecipientReply[] replies) => new(MailAttemptOutcome.Accepted, 250, replies);

    [Fact]
    public void The_message_id_is_made_once_from_the_source_and_kept()
    {
        var source = Guid.NewGuid();
        var delivery = MailDelivery.For(MailSource.Notification, source, 1, Now);

        Assert.Equal($"{source:N}@groupus.invalid", delivery.MessageIdHeader);
        Assert.True(delivery.IsDue(Now));
    }

    [Fact]
    public void Backoff_doubles_up_to_the_cap_and_jitter_only_lengthens_it()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), Policy.DelayAfter(1, 0));
        Assert.Equal(TimeSpan.FromMinutes(2), Policy.DelayAfter(2, 0));
        Assert.Equal(TimeSpan.FromMinutes(8), Policy.DelayAfter(4, 0));
        Assert.Equal(TimeSpan.FromMinutes(10), Policy.DelayAfter(5, 0));
        Assert.Equal(TimeSpan.FromMinutes(10), Policy.DelayAfter(60, 0));
        Assert.Equal(TimeSpan.FromMinutes(2.4), Policy.DelayAfter(2, 1));
    }

    [Fact]
    public void A_deferred_attempt_waits_for_the_backoff_and_is_not_due_before()
    {
        var delivery = MailDelivery.For(MailSource.Notification, Guid.NewGuid(), 1, Now);
        delivery.Claim(Now, Claim);

        delivery.Record(MailAttemptResult.Deferred(451), Now, Policy, random: 0.5);

        Assert.Equal(MailStatus.Pending, delivery.Status);
        Assert.Equal(Now + TimeSpan.FromMinutes(1.1), delivery.NextAttemptAtUtc);
        Assert.False(delivery.IsDue(Now.AddSeconds(65)));
        var broken = Assert.Throws<BusinessRuleBrokenException>(() => delivery.Claim(Now.AddSeconds(65), Claim));
        Assert.Equal("MAIL_NOT_DUE", broken.Rule.Code);
    }

    [Fact]
    public void Deferred_until_the_attempts_run_out_is_a_failure()
    {
        var delivery = MailDelivery.For(MailSource.Notification, Guid.NewGuid(), 1, Now);
        var now = Now;
        for (var attempt = 1; attempt <= Policy.MaxAttempts; attempt++)
        {
            delivery.Claim(now, Claim);
            delivery.Record(MailAttemptResult.Deferred(421), now, Policy, 0);
            now = delivery.NextAttemptAtUtc;
        }

        Assert.Equal(MailStatus.Failed, delivery.Status);
        Assert.NotNull(delivery.FinishedAtUtc);
        Assert.Equal(Policy.MaxAttempts, delivery.Attempts.Count);
        Assert.False(delivery.IsDue(now.AddDays(1)));
    }

    [Fact]
    public void A_recipient_deferred_at_rcpt_is_offered_again_alone_while_the_accepted_one_is_done()
    {
        var delivery = MailDelivery.For(MailSource.Notification, Guid.NewGuid(), 2, Now);
        delivery.Claim(Now, Claim);
        delivery.Record(Accepted(new RecipientReply(0, 250), new RecipientReply(1, 450)), Now, Policy, 0);

        Assert.Equal(MailStatus.Pending, delivery.Status);
        Assert.Equal([1], delivery.RecipientsToOffer);

        delivery.Claim(delivery.NextAttemptAtUtc, Claim);
        delivery.Record(Accepted(new RecipientReply(1, 250)), delivery.NextAttemptAtUtc, Policy, 0);
        Assert.Equal(MailStatus.Delivered, delivery.Status);
    }

    [Fact]
    public void A_recipient_refused_for_good_leaves_the_message_partially_delivered()
    {
        var delivery = MailDelivery.For(MailSource.Notification, Guid.NewGuid(), 2, Now);
        delivery.Claim(Now, Claim);

        delivery.Record(Accepted(new RecipientReply(0, 550), new RecipientReply(1, 250)), Now, Policy, 0);

        Assert.Equal(MailStatus.PartiallyDelivered, delivery.Status);
        Assert.Equal([RecipientOutcome.Refused, RecipientOutcome.Accepted], delivery.Recipients.Select(r => r.Outcome));
    }

    [Fact]
    public void A_lost_answer_is_unknown_resent_once_and_unknown_for_good_when_lost_again()
    {
        var delivery = MailDelivery.For(MailSource.Notification, Guid.NewGuid(), 1, Now);
        var lost = new MailAttemptResult(MailAttemptOutcome.AnswerLost, null, [new RecipientReply(0, 250)]);
        delivery.Claim(Now, Claim);
        delivery.Record(lost, Now, Policy, 0);
        Assert.Equal(MailStatus.Unknown, delivery.Status);
        Assert.True(delivery.IsDue(Now));

        delivery.Claim(Now, Claim);
        Assert.True(delivery.ResentAfterUnknown);
        Assert.Equal([0], delivery.RecipientsToOffer);
        delivery.Record(lost, Now, Policy, 0);

        Assert.Equal(MailStatus.Unknown, delivery.Status);
        Assert.NotNull(delivery.FinishedAtUtc);
        Assert.False(delivery.IsDue(Now.AddDays(1)));
        Assert.Equal(RecipientOutcome.Unknown, delivery.Recipients[0].Outcome);
    }

    [Fact]
    public void An_attempt_whose_claim_lapsed_counts_as_a_lost_answer_but_not_while_the_claim_holds()
    {
        var delivery = MailDelivery.For(MailSource.Message, Guid.NewGuid(), 1, Now);
        delivery.Claim(Now, Claim);
        Assert.False(delivery.IsDue(Now.AddMinutes(5)));
        Assert.Equal("MAIL_CLAIM_HELD", Assert.Throws<BusinessRuleBrokenException>(() => delivery.RecordInterrupted(Now.AddMinutes(5))).Rule.Code);

        delivery.RecordInterrupted(Now + Claim);

        Assert.Equal(MailStatus.Unknown, delivery.Status);
        Assert.Null(delivery.FinishedAtUtc);
        Assert.Equal(MailAttemptOutcome.AnswerLost, Assert.Single(delivery.Attempts).Outcome);
    }

    [Fact]
    public void A_message_refused_for_good_refuses_every_recipient_not_yet_accepted()
    {
        var delivery = MailDelivery.For(MailSource.Notification, Guid.NewGuid(), 2, Now);
        delivery.Claim(Now, Claim);

        delivery.Record(MailAttemptResult.Rejected(554, [new RecipientReply(0, 250), new RecipientReply(1, 250)]), Now, Policy, 0);

        Assert.Equal(MailStatus.Failed, delivery.Status);
        Assert.All(delivery.Recipients, r => Assert.Equal((RecipientOutcome.Refused, 554), (r.Outcome, r.ReplyCode)));
    }
}
