using Microsoft.Extensions.Hosting;

namespace Groupus.Infrastructure.Common.Hosting;

/// <summary>
/// Background work that need not stand before the first healthy answer waits for the host to have started (every
/// start-up task done and the server listening) before its first tick, instead of sharing the cores with the start
/// (ADR 0049). What readiness depends on (migrations, the first health report) stays in the start.
/// </summary>
internal static class HostStart
{
    /// <summary>Completes once the host has started; cancelled if the host stops first.</summary>
    public static async Task WhenStartedAsync(this IHostApplicationLifetime lifetime, CancellationToken cancellationToken)
    {
        if (lifetime.ApplicationStarted.IsCancellationRequested)
        {
            return;
        }

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var onStopping = cancellationToken.Register(() => started.TrySetCanceled(cancellationToken));
        await started.Task;
    }
}
