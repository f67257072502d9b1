using System.Collections.Concurrent;

namespace Groupus.Application.Identity.Passwords;

/// <summary>
/// Progressive delay for password guessing, kept in memory: each failure from a source against one sign-in name (known
/// or not) doubles the wait before that source's next attempt at it, and a source spraying many names slows down too.
/// Unlike the account lockout it never stops the holder signing in from elsewhere, so an attacker cannot use it to
/// keep anyone out. A success clears the source's record for that name; records are forgotten after a quiet spell.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int FreeFailuresPerName = 3;
    public const int FreeFailuresPerSource = 20;
    public static readonly TimeSpan MaximumDelay = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromMinutes(15);
    private const int MaximumEntries = 100_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>How long to wait before checking this attempt.</summary>
    public TimeSpan DelayFor(string source, string signInName)
    {
        var now = clock.GetUtcNow();
        return Max(Delay(Count(NameKey(source, signInName), now), FreeFailuresPerName), Delay(Count(SourceKey(source), now), FreeFailuresPerSource));
    }

    public void RecordFailure(string source, string signInName)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count >= MaximumEntries)
        {
            Prune(now);
        }

        Add(NameKey(source, signInName), now);
        Add(SourceKey(source), now);
    }

    public void RecordSuccess(string source, string signInName) => _failures.TryRemove(NameKey(source, signInName), out _);

    private static TimeSpan Delay(int failures, int free) =>
        failures < free ? TimeSpan.Zero : Min(TimeSpan.FromSeconds(Math.Pow(2, Math.Min(failures - free, 16))), MaximumDelay);

    private int Count(string key, DateTimeOffset now) =>
        _failures.TryGetValue(key, out var failures) && now - failures.LastAt < ForgetAfter ? failures.Count : 0;

    private void Add(string key, DateTimeOffset now) =>
        _failures.AddOrUpdate(key, _ => new Failures(1, now), (_, old) => new Failures(now - old.LastAt < ForgetAfter ? old.Count + 1 : 1, now));

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, failures) in _failures)
        {
            if (now - failures.LastAt >= ForgetAfter)
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    private static string NameKey(string source, string signInName) => $"{source}\n{signInName}";

    private static string SourceKey(string source) => source;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private sealed record Failures(int Count, DateTimeOffset LastAt);
}
