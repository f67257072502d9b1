using System.Text.Json;
using Groupus.Contracts;
using Groupus.Infrastructure.Common.Hosting;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Messaging;

/// <summary>
/// Delivers each module's outbox to the subscribed handlers, at least once. A handler's changes and its inbox
/// record commit together, so a redelivery (after a crash between delivery and marking the message processed)
/// has no second effect. A failing message is retried with backoff and never blocks the others. Each of its writes
/// takes its turn at the <see cref="DatabaseWriteGate"/> like a request's unit of work. A batch costs the producer two
/// writes (claim, settle) and each subscribed handler one, whatever the batch's size, unless a delivery fails. A pass
/// woken by a commit reads only the outboxes of the module contexts that committed (<see cref="OutboxSignal"/>), and
/// every outbox is read at least once per <see cref="OutboxOptions.PollInterval"/>.
/// </summary>
internal sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IntegrationEventRegistry registry,
    OutboxSignal signal,
    DatabaseWriteGate writeGate,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    private DateTime _nextCleanupUtc;
    private DateTime _nextFullPassUtc;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        if (!options.Value.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        var due = new HashSet<Type>(registry.PublisherContexts);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (clock.GetUtcNow().UtcDateTime >= _nextFullPassUtc)
                {
                    // Under a steady stream of commits the wait below never times out: every outbox is still read once
                    // per poll interval, for what no commit of ours announces (retries whose backoff has passed, lapsed
                    // claims, another node's events).
                    due.UnionWith(registry.PublisherContexts);
                }

                if (due.IsSupersetOf(registry.PublisherContexts))
                {
                    _nextFullPassUtc = clock.GetUtcNow().UtcDateTime + options.Value.PollInterval;
                }

                var full = new HashSet<Type>();
                foreach (var publisher in registry.PublisherContexts.Where(due.Contains))
                {
                    if (await DispatchBatchAsync(publisher, stoppingToken) >= options.Value.BatchSize)
                    {
                        full.Add(publisher);
                    }
                }

                await CleanUpIfDueAsync(stoppingToken);
                var timedOut = full.Count == 0 && !await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                due = timedOut ? [.. registry.PublisherContexts] : full;
                due.UnionWith(signal.TakeCommitted());
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                LogDispatchFailed(logger, failure.GetType().Name);
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
        }
    }

    /// <summary>
    /// Delivers one batch from one module's outbox; returns how many messages it read. The producer writes twice per
    /// batch, not per message: one claim of the whole batch and one save settling it, each one turn at the write gate.
    /// </summary>
    internal async Task<int> DispatchBatchAsync(Type publisherContext, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var producer = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(publisherContext);

        // Detected per message below; scanning the whole tracked batch after every message made a batch quadratic.
        producer.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = await producer.Outbox
            .Where(m => m.ProcessedAtUtc == null && (m.NextAttemptAtUtc == null || m.NextAttemptAtUtc <= now))
            .OrderBy(m => m.OccurredAtUtc)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        var claimed = await ClaimAsync(producer, batch, now, cancellationToken);
        var mine = new List<OutboxMessage>(batch.Count);
        foreach (var message in batch)
        {
            if (claimed.Contains(message.Id))
            {
                mine.Add(message);
            }
            else
            {
                // Another node claimed it after our read: it delivers it, we do not.
                producer.Entry(message).State = EntityState.Detached;
            }
        }

        var failures = await DeliverAllAsync(mine, cancellationToken);
        foreach (var message in mine)
        {
            if (failures.TryGetValue(message.Id, out var failure))
            {
                message.Attempts++;
                message.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime + Backoff(message.Attempts);
                message.LastError = failure.GetType().Name;
                LogDeliveryFailed(logger, message.Id, message.Type, message.Attempts, failure.GetType().Name);
            }
            else
            {
                message.ProcessedAtUtc = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
                message.NextAttemptAtUtc = null;
                producer.Entry(message).Property(m => m.NextAttemptAtUtc).IsModified = true;
            }

            producer.Entry(message).DetectChanges();
        }

        // Should this save be lost (the process dies first), the claims lapse and the messages are delivered again; the
        // consumers' inboxes make that second delivery harmless.
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await producer.SaveChangesAsync(cancellationToken);
        return batch.Count;
    }

    /// <summary>
    /// Takes the batch's messages for this node with one conditional update: their due time moves past the claim, so no
    /// other node's dispatcher finds them due until the claim lapses (a node that died mid-delivery). Atomic on both
    /// providers. The messages now due at this node's claim time are this node's; any other node claimed the rest first.
    /// </summary>
    private async Task<HashSet<Guid>> ClaimAsync(ModuleDbContext producer, List<OutboxMessage> batch, DateTime now, CancellationToken cancellationToken)
    {
        var claimedUntil = now + options.Value.ClaimDuration;
        var ids = batch.Select(m => m.Id).ToList();
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await producer.Outbox
                .Where(m => ids.Contains(m.Id) && m.ProcessedAtUtc == null && (m.NextAttemptAtUtc == null || m.NextAttemptAtUtc <= now))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAtUtc, claimedUntil), cancellationToken);
        }

        return [.. await producer.Outbox.AsNoTracking()
            .Where(m => ids.Contains(m.Id) && m.NextAttemptAtUtc == claimedUntil)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken)];
    }

    /// <summary>
    /// Delivers the batch's messages to every subscribed handler; answers the messages that failed (to any handler) with
    /// their failure. Each handler gets all of its messages at once (<see cref="TryDeliverTogetherAsync"/>) and, should
    /// that fail, one at a time, so one message's failure never undoes or holds back another's.
    /// </summary>
    private async Task<Dictionary<Guid, Exception>> DeliverAllAsync(List<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var failures = new Dictionary<Guid, Exception>();
        var bySubscription = new Dictionary<IntegrationEventSubscription, List<PendingDelivery>>();
        foreach (var message in messages)
        {
            if (registry.FindEventType(message.Type) is not { } eventType)
            {
                continue;
            }

            IIntegrationEvent integrationEvent;
            try
            {
                integrationEvent = (IIntegrationEvent)(JsonSerializer.Deserialize(message.Payload, eventType)
                    ?? throw new JsonException("The outbox message has an empty payload."));
            }
            catch (JsonException unreadable)
            {
                failures[message.Id] = unreadable;
                continue;
            }

            foreach (var subscription in registry.SubscriptionsTo(eventType))
            {
                if (!bySubscription.TryGetValue(subscription, out var pending))
                {
                    bySubscription[subscription] = pending = [];
                }

                pending.Add(new PendingDelivery(message.Id, integrationEvent));
            }
        }

        foreach (var (subscription, pending) in bySubscription)
        {
            if (pending.Count > 1 && await TryDeliverTogetherAsync(subscription, pending, cancellationToken))
            {
                continue;
            }

            foreach (var delivery in pending)
            {
                try
                {
                    await DeliverToAsync(subscription, delivery.MessageId, delivery.Event, cancellationToken);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    failures.TryAdd(delivery.MessageId, failure);
                }
            }
        }

        return failures;
    }

    /// <summary>
    /// One handler's share of a batch in one consumer scope: one inbox query, the handler per message, and one commit of
    /// every effect with its inbox record (one turn at the write gate instead of one per message). All or nothing: if a
    /// handler throws or the commit fails, nothing of it is kept and the answer is false, for the caller to deliver one by
    /// one. A handler's effects live in its consumer context only (that is what its inbox makes idempotent), so running
    /// it again there is harmless.
    /// </summary>
    private async Task<bool> TryDeliverTogetherAsync(IntegrationEventSubscription subscription, List<PendingDelivery> pending, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var consumer = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(subscription.ConsumerContextType);
        var handlerName = subscription.HandlerName;
        var ids = pending.Select(d => d.MessageId).ToList();
        try
        {
            var handled = (await consumer.Inbox
                .Where(i => ids.Contains(i.MessageId) && i.Handler == handlerName)
                .Select(i => i.MessageId)
                .ToListAsync(cancellationToken)).ToHashSet();
            var handler = scope.ServiceProvider.GetRequiredService(subscription.HandlerType);
            foreach (var delivery in pending.Where(d => !handled.Contains(d.MessageId)))
            {
                await subscription.Invoke(handler, delivery.Event, cancellationToken);
                consumer.Inbox.Add(new InboxMessage { MessageId = delivery.MessageId, Handler = handlerName, ProcessedAtUtc = clock.GetUtcNow().UtcDateTime });
            }

            using (await writeGate.EnterAsync(cancellationToken))
            {
                await consumer.SaveChangesAsync(cancellationToken);
            }

            signal.Notify([subscription.ConsumerContextType]);
            return true;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogDeliveringOneByOne(logger, pending.Count, handlerName, failure.GetType().Name);
            return false;
        }
    }

    private async Task DeliverToAsync(IntegrationEventSubscription subscription, Guid messageId, IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var consumer = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(subscription.ConsumerContextType);
        var handlerName = subscription.HandlerName;
        if (await consumer.Inbox.AnyAsync(i => i.MessageId == messageId && i.Handler == handlerName, cancellationToken))
        {
            return;
        }

        await subscription.Invoke(scope.ServiceProvider.GetRequiredService(subscription.HandlerType), integrationEvent, cancellationToken);
        consumer.Inbox.Add(new InboxMessage { MessageId = messageId, Handler = handlerName, ProcessedAtUtc = clock.GetUtcNow().UtcDateTime });
        try
        {
            using (await writeGate.EnterAsync(cancellationToken))
            {
                await consumer.SaveChangesAsync(cancellationToken);
            }

            signal.Notify([subscription.ConsumerContextType]);
        }
        catch (DbUpdateException duplicate) when (DbErrors.IsUniqueViolation(duplicate))
        {
            // Another dispatcher applied this message to this handler first; its effect stands, ours is discarded.
            LogAlreadyHandled(logger, messageId, handlerName);
        }
    }

    private async Task CleanUpIfDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now < _nextCleanupUtc)
        {
            return;
        }

        _nextCleanupUtc = now.AddHours(1);
        var cutOff = now - options.Value.ProcessedRetention;
        using var scope = scopes.CreateScope();
        foreach (var context in scope.ServiceProvider.GetServices<ModuleDbContext>())
        {
            await context.Outbox.Where(m => m.ProcessedAtUtc < cutOff).ExecuteDeleteAsync(cancellationToken);
            await context.Inbox.Where(m => m.ProcessedAtUtc < cutOff).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, Math.Min(attempts, 12))));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch is disabled by configuration; integration events wait in the outbox")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch pass failed ({ExceptionType}); retrying")]
    private static partial void LogDispatchFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of outbox message {MessageId} ({EventType}) failed on attempt {Attempts}: {ExceptionType}")]
    private static partial void LogDeliveryFailed(ILogger logger, Guid messageId, string eventType, int attempts, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivering {Count} outbox messages to {Handler} one by one: together they failed ({ExceptionType})")]
    private static partial void LogDeliveringOneByOne(ILogger logger, int count, string handler, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {MessageId} was already handled by {Handler}")]
    private static partial void LogAlreadyHandled(ILogger logger, Guid messageId, string handler);
}
