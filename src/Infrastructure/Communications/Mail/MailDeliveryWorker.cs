using Groupus.Domain.Communications;
using Groupus.Domain.Communications.Mail;
using Groupus.Infrastructure.Common.Hosting;
using Groupus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Communications.Mail;

/// <summary>
/// Sends the e-mails that are due, a small batch at a time, and records every attempt. Each batch is claimed (sending,
/// until the claim lapses) in one write before any is sent, and each e-mail's attempt is saved before the next is sent,
/// so a crash loses at most the answer of the attempt in flight: an e-mail whose claim lapsed is recorded as interrupted,
/// like a lost answer (<see cref="MailDelivery"/>: resent once, same Message-ID). Of two nodes, the claim's version check
/// lets one send. Logs carry e-mail ids, never addresses.
/// </summary>
internal sealed partial class MailDeliveryWorker(
    IServiceScopeFactory scopes,
    IMailTransport transport,
    MailComposer composer,
    MailSpool spool,
    DatabaseWriteGate writeGate,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<MailDeliveryWorker> logger,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    /// <summary>Far longer than an attempt can take (a few commands, each within the SMTP timeout).</summary>
    private TimeSpan ClaimDuration => options.Value.Timeout * 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
                while (await DeliverDueAsync(stoppingToken) == options.Value.BatchSize)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                LogPassFailed(logger, failure.GetType().Name);
            }
        }
    }

    /// <summary>Sends one batch of due e-mails; returns how many it took.</summary>
    internal async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunicationsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await db.MailDeliveries
            .Where(d => d.FinishedAtUtc == null && d.NextAttemptAtUtc <= now
                && (d.Status == MailStatus.Pending || d.Status == MailStatus.Unknown || d.Status == MailStatus.Sending))
            .OrderBy(d => d.NextAttemptAtUtc)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        if (found.Count == 0)
        {
            return 0;
        }

        var batch = new List<MailDelivery>(found.Count);
        foreach (var delivery in found)
        {
            if (delivery.ClaimLapsed(now))
            {
                delivery.RecordInterrupted(now);
                LogInterrupted(logger, delivery.Id);
            }

            if (delivery.IsDue(now))
            {
                delivery.Claim(now, ClaimDuration);
                batch.Add(delivery);
            }
        }

        try
        {
            using (await writeGate.EnterAsync(cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another node claimed some of them first; what is left is found again on the next pass.
            return 0;
        }

        foreach (var delivery in batch)
        {
            await SendAsync(db, delivery, cancellationToken);
        }

        return found.Count;
    }
    private async Task SendAsync(CommunicationsDbContext db, MailDelivery delivery, CancellationToken cancellationToken)
    {
        var message = await composer.ComposeAsync(db, delivery, cancellationToken);
        if (message is null)
        {
            db.MailDeliveries.Remove(delivery);
            LogWithdrawn(logger, delivery.Id);
        }
        else
        {
            var result = await transport.SendAsync(message, delivery.RecipientsToOffer, cancellationToken);
            var settings = options.Value;
            delivery.Record(result, clock.GetUtcNow().UtcDateTime, settings.RetryPolicy, Random.Shared.NextDouble());
            LogAttempt(logger, delivery.Id, delivery.Attempts.Count, result.Outcome, result.ReplyCode, delivery.Status);
            if (delivery.FinishedAtUtc is not null)
            {
                await RecordOutcomeOnSourceAsync(db, delivery, cancellationToken);
            }
        }

        using (await writeGate.EnterAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        if (delivery.FinishedAtUtc is not null && delivery.Source == MailSource.Message)
        {
            spool.Delete(SpooledMessageDelivery.SpoolName(delivery.SourceId));
        }
    }

    private async Task RecordOutcomeOnSourceAsync(CommunicationsDbContext db, MailDelivery delivery, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (delivery.Source == MailSource.Message)
        {
            var message = await db.OutgoingMessages.FirstOrDefaultAsync(m => m.Id == delivery.SourceId, cancellationToken);
            message?.RecordMailOutcome(delivery.Status, now);
        }
        else
        {
            var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == delivery.SourceId, cancellationToken);
            notification?.RecordMailOutcome(delivery.Status);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail {MailId} attempt {Attempt}: {Outcome} (reply {ReplyCode}); now {Status}")]
    private static partial void LogAttempt(ILogger logger, Guid mailId, int attempt, MailAttemptOutcome outcome, int? replyCode, MailStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail {MailId} has nothing left to send (withdrawn); its delivery is removed")]
    private static partial void LogWithdrawn(ILogger logger, Guid mailId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {MailId} was still being sent when its claim lapsed (its worker stopped); its answer is unknown")]
    private static partial void LogInterrupted(ILogger logger, Guid mailId);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail delivery pass failed ({ExceptionType}); trying again after the poll interval")]
    private static partial void LogPassFailed(ILogger logger, string exceptionType);
}
