namespace Groupus.Fax.T30;

/// <summary>Timer durations; defaults are the T.30 nominal values.</summary>
public sealed record T30TimerSettings
{
    public TimeSpan T1 { get; init; } = TimeSpan.FromSeconds(35);

    public TimeSpan T2 { get; init; } = TimeSpan.FromSeconds(6);

    /// <summary>3 s for manually operated units; T.30 allows 4.5 s for automatic ones.</summary>
    public TimeSpan T4 { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan T5 { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan Get(T30Timer timer) => timer switch
    {
        T30Timer.T1 => T1,
        T30Timer.T2 => T2,
        T30Timer.T4 => T4,
        _ => T5,
    };
}
