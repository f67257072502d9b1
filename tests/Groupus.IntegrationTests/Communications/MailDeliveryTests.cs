using Groupus.Domain.Communications.Mail;

namespace Groupus.IntegrationTests.Communications;

/// <summary>E-mail delivered by SMTP (MailKit) to a real, scripted SMTP server (aiosmtpd) on loopback.</summary>
public sealed class MailDeliveryTests
{
    private const string Rita = "rita@groupus.test";
    private const string Nobody = "nobody@groupus.test";

    [Fact]
    public async Task A_message_refused_for_now_twice_is_retried_after_a_backoff_and_delivered_once_under_one_message_id()
    {
        await using var world = await MailWorld.StartAsync(await ScriptedSmtpServer.StartAsync(["451 4.3.0 Try again later", "451 4.3.0 Try again later"]));
        var id = await world.QueueNotificationAsync(Rita);

        Assert.Equal(1, await world.DeliverDueAsync());
        var afterFirst = await world.DeliveryAsync(id);
        Assert.Equal(MailStatus.Pending, afterFirst.Status);
        var firstDelay = afterFirst.NextAttemptAtUtc - world.Clock.GetUtcNow().UtcDateTime;
        Assert.InRange(firstDelay, MailWorld.FirstRetryDelay, MailWorld.FirstRetryDelay * (1 + MailWorld.RetryJitter));
        Assert.Equal(0, await world.DeliverDueAsync());

        world.Clock.Advance(MailWorld.FirstRetryDelay * 1.25);
        Assert.Equal(1, await world.DeliverDueAsync());
        var afterSecond = await world.DeliveryAsync(id);
        Assert.Equal(MailStatus.Pending, afterSecond.Status);
        Assert.InRange(afterSecond.NextAttemptAtUtc - world.Clock.GetUtcNow().UtcDateTime, MailWorld.FirstRetryDelay * 2, MailWorld.FirstRetryDelay * 2 * (1 + MailWorld.RetryJitter));

        world.Clock.Advance(MailWorld.FirstRetryDelay * 2.5);
        Assert.Equal(1, await world.DeliverDueAsync());

        var delivered = await world.DeliveryAsync(id);
        Assert.Equal(MailStatus.Delivered, delivered.Status);
        Assert.Equal([451, 451, 250], delivered.Attempts.OrderBy(a => a.Number).Select(a => a.ReplyCode));
        Assert.Equal([MailAttemptOutcome.Deferred, MailAttemptOutcome.Deferred, MailAttemptOutcome.Accepted], delivered.Attempts.OrderBy(a => a.Number).Select(a => a.Outcome));
        var received = world.Smtp.Received();
        Assert.Single(received, r => r.Accepted);
        Assert.Equal(3, received.Count);
        Assert.Single(received.Select(r => r.MessageId).Distinct());
        Assert.Equal($"<{delivered.MessageIdHeader}>", received[0].MessageId);
        Assert.DoesNotContain(world.Server.Logs.Lines, line => line.Contains("groupus.test", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_message_refused_for_good_fails_after_one_attempt_and_is_never_retried()
    {
        await using var world = await MailWorld.StartAsync(await ScriptedSmtpServer.StartAsync(["554 5.7.1 Message refused"]));
        var id = await world.QueueNotificationAsync(Rita);

        Assert.Equal(1, await world.DeliverDueAsync());
        world.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await world.DeliverDueAsync());

        var failed = await world.DeliveryAsync(id);
        Assert.Equal(MailStatus.Failed, failed.Status);
        var attempt = Assert.Single(failed.Attempts);
        Assert.Equal((MailAttemptOutcome.Rejected, 554), (attempt.Outcome, attempt.ReplyCode));
        Assert.Equal(RecipientOutcome.Refused, Assert.Single(failed.Recipients).Outcome);
        Assert.Single(world.Smtp.Received());
    }

    [Fact]
    public async Task A_recipient_refused_at_rcpt_is_recorded_and_the_other_still_gets_the_message()
    {
        var refused = new Dictionary<string, string> { [Nobody] = "550 5.1.1 No such user" };
        await using var world = await MailWorld.StartAsync(await ScriptedSmtpServer.StartAsync(refused: refused));
        var id = await world.QueueNotificationAsync(Rita, Nobody);

        Assert.Equal(1, await world.DeliverDueAsync());

        var partial = await world.DeliveryAsync(id);
        Assert.Equal(MailStatus.PartiallyDelivered, partial.Status);
        var recipients = partial.Recipients.OrderBy(r => r.Position).Select(r => (r.Outcome, r.ReplyCode));
        Assert.Equal([(RecipientOutcome.Accepted, 250), (RecipientOutcome.Refused, 550)], recipients);
        var attempt = Assert.Single(partial.Attempts);
        Assert.Equal((1, 1), (attempt.AcceptedRecipients, attempt.RefusedRecipients));
        Assert.Equal([Rita], Assert.Single(world.Smtp.Received()).Recipients);
        world.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await world.DeliverDueAsync());
    }

    [Fact]
    public async Task A_connection_dropped_after_the_data_leaves_the_message_unknown_and_it_is_resent_once_with_the_same_message_id_never_twice()
    {
        await using var world = await MailWorld.StartAsync(await ScriptedSmtpServer.StartAsync(["drop", "drop"]));
        var id = await world.QueueNotificationAsync(Rita);

        Assert.Equal(1, await world.DeliverDueAsync());
        var unknown = await world.DeliveryAsync(id);
        Assert.Equal(MailStatus.Unknown, unknown.Status);
        Assert.Null(unknown.FinishedAtUtc);
        Assert.Equal(MailAttemptOutcome.AnswerLost, Assert.Single(unknown.Attempts).Outcome);

        Assert.Equal(1, await world.DeliverDueAsync());
        world.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await world.DeliverDueAsync());

        var settled = await world.DeliveryAsync(id);
        Assert.Equal(MailStatus.Unknown, settled.Status);
        Assert.True(settled.ResentAfterUnknown);
        Assert.NotNull(settled.FinishedAtUtc);
        Assert.Equal([MailAttemptOutcome.AnswerLost, MailAttemptOutcome.AnswerLost], settled.Attempts.OrderBy(a => a.Number).Select(a => a.Outcome));
        var received = world.Smtp.Received();
        Assert.Equal(2, received.Count);
        Assert.Single(received.Select(r => r.MessageId).Distinct());
    }

    [Fact]
    public async Task A_message_whose_answer_was_lost_is_delivered_by_its_one_resend()
    {
        await using var world = await MailWorld.StartAsync(await ScriptedSmtpServer.StartAsync(["drop"]));
        var id = await world.QueueNotificationAsync(Rita);

        Assert.Equal(1, await world.DeliverDueAsync());
        Assert.Equal(1, await world.DeliverDueAsync());

        var delivered = await world.DeliveryAsync(id);
        Assert.Equal(MailStatus.Delivered, delivered.Status);
        Assert.Equal(2, delivered.Attempts.Count);
        Assert.Single(world.Smtp.Received().Select(r => r.MessageId).Distinct());
    }
}
