namespace Groupus.Domain.Communications.Mail;

/// <summary>
/// When a deferred e-mail is tried again: after <see cref="FirstDelay"/>, doubling with each attempt up to
/// <see cref="MaxDelay"/>, each delay stretched by up to <see cref="Jitter"/> of itself so that e-mails deferred together
/// do not return together; after <see cref="MaxAttempts"/> attempts it has failed.
/// </summary>
public sealed record MailRetryPolicy(TimeSpan FirstDelay, TimeSpan MaxDelay, int MaxAttempts, double Jitter)
{
    public static MailRetryPolicy Default { get; } = new(TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), 10, 0.2);

    /// <param name="attempts">Attempts made so far (at least 1).</param>
    /// <param name="random">A draw in [0, 1) that picks the jitter.</param>
    public TimeSpan DelayAfter(int attempts, double random)
    {
        var doublings = Math.Min(attempts - 1, 20);
        var delay = TimeSpan.FromTicks(Math.Min(FirstDelay.Ticks * (1L << doublings), MaxDelay.Ticks));
        return delay + (delay * (Jitter * random));
    }
}
