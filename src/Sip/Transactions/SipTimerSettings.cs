namespace Groupus.Sip.Transactions;

/// <summary>
/// RFC 3261 timer values (§17, Table 4) for an unreliable transport. T1 is the round-trip estimate, T2 the longest
/// retransmission interval, T4 how long a message may stay in the network.
/// </summary>
public sealed record SipTimerSettings
{
    public TimeSpan T1 { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan T2 { get; init; } = TimeSpan.FromSeconds(4);

    public TimeSpan T4 { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Timer D: how long an INVITE client waits in Completed for retransmitted final responses (at least 32 s on UDP).</summary>
    public TimeSpan TimerD { get; init; } = TimeSpan.FromSeconds(32);

    /// <summary>64·T1: timers B, F, H and J, and how long a 2xx is retransmitted waiting for its ACK.</summary>
    public TimeSpan TransactionTimeout => T1 * 64;

    public static SipTimerSettings Default { get; } = new();
}
