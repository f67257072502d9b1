namespace Groupus.FaxGateway.Link;

/// <summary>
/// Capped exponential backoff with jitter: the n-th consecutive failure waits a random time between half and all of
/// min(initial × 2^n, max), so gateways that lost the core together do not all come back in the same instant.
/// </summary>
public sealed class ReconnectBackoff(TimeSpan initial, TimeSpan maximum, Random? random = null)
{
    private readonly Random _random = random ?? Random.Shared;

    public TimeSpan Initial => initial;

    public TimeSpan Maximum => maximum;

    /// <param name="failures">Consecutive failures so far, 0 for the first.</param>
    public TimeSpan DelayAfter(int failures)
    {
        var ceiling = Math.Min(maximum.TotalMilliseconds, initial.TotalMilliseconds * Math.Pow(2, Math.Min(failures, 30)));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (_random.NextDouble() * 0.5)));
    }
}
