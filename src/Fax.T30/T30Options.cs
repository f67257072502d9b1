namespace Groupus.Fax.T30;

/// <summary>Configuration of one session.</summary>
public sealed record T30Options
{
    /// <summary>Sent as TSI (caller) or CSI (answerer); empty to send none.</summary>
    public string LocalIdentity { get; init; } = string.Empty;

    /// <summary>NSF/NSS payload (T.35 country code, manufacturer code, data); null to send none.</summary>
    public byte[]? NonStandardFacilities { get; init; }

    public T30Capabilities Capabilities { get; init; } = new();

    public T30TimerSettings Timers { get; init; } = new();

    public TrainingCriteria Training { get; init; } = new();

    public CopyQualityCriteria CopyQuality { get; init; } = new();

    /// <summary>TCF length: 1.5 s ± 10 %.</summary>
    public TimeSpan TcfDuration { get; init; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>Silence between V.21 signalling and high-speed data, both ways: 75 ms ± 20 ms.</summary>
    public TimeSpan HighSpeedSilence { get; init; } = TimeSpan.FromMilliseconds(75);

    /// <summary>Tries of a command that gets no response (T4) before giving up: 3 as T.30 says.</summary>
    public int CommandAttempts { get; init; } = 3;

    /// <summary>FTT answers tolerated at each rate before falling back.</summary>
    public int TrainingAttemptsPerRate { get; init; } = 1;

    /// <summary>FTT answers tolerated at the lowest common rate before the session fails.</summary>
    public int TrainingAttemptsAtLowestRate { get; init; } = 3;

    /// <summary>RTN answers tolerated for one page before the session fails.</summary>
    public int MaxPageRetransmissions { get; init; } = 3;

    /// <summary>After RTN retrain one rate lower (poor copy quality usually means the rate is too high).</summary>
    public bool StepDownOnRtn { get; init; } = true;

    /// <summary>ECM: PPRs for one partial page before CTC or EOR (T.30 says 4).</summary>
    public int PprsBeforeCtcOrEor { get; init; } = 4;

    /// <summary>ECM: CTC rounds per partial page before the transmitter sends EOR instead.</summary>
    public int MaxCtcPerBlock { get; init; } = 1;

    /// <summary>
    /// ECM receiving: measures a whole page before it is confirmed (null: not measured). ECM has no RTN, so a page the
    /// measure finds <see cref="PageQuality.Truncated"/> (longer than the receiver accepts) ends the call instead of
    /// being confirmed.
    /// </summary>
    public Func<ReadOnlyMemory<byte>, DigitalCommandSignal, PageQuality?>? MeasureEcmPage { get; init; }
}
