using Groupus.Fax.T30;

namespace Groupus.Fax.T38.Terminal;

/// <summary>How a <see cref="T38Terminal"/> runs one call.</summary>
public sealed record T38TerminalOptions
{
    /// <summary>Sent as TSI (sending) or CSI (receiving); empty to send none.</summary>
    public string LocalIdentity { get; init; } = string.Empty;

    public T30Capabilities Capabilities { get; init; } = new();

    public T30TimerSettings Timers { get; init; } = new();

    /// <summary>
    /// The negotiated rate management (SDP answer). Receiving with local TCF, a training indicator followed by no data
    /// counts as good training. Sending, the TCF goes out as data either way.
    /// </summary>
    public TcfRateManagement RateManagement { get; init; } = TcfRateManagement.TransferredTcf;

    /// <summary>
    /// Real-time pacing: signals take the time they would take on a line (preamble and training, data at the negotiated
    /// bit rate, silences). On for real peers, which expect it; off for tests and benchmarks.
    /// </summary>
    public bool Paced { get; init; } = true;

    /// <summary>
    /// Extra no-signal indicators after each transmission, so that with UDPTL redundancy a burst of losses at its very
    /// end is recovered (T.38 leaves tail protection to the sender; spandsp repeats indicators for the same reason).
    /// </summary>
    public int EndOfSignalRepeats { get; init; } = 3;

    /// <summary>Paced: the signal time one data IFP carries (T.38 senders use 20-40 ms).</summary>
    public TimeSpan PacketInterval { get; init; } = TimeSpan.FromMilliseconds(30);

    /// <summary>Unpaced: the data octets per IFP (fewer when the far end's maximum datagram needs it).</summary>
    public int UnpacedFieldOctets { get; init; } = 256;

    /// <summary>Unpaced: data IFPs sent back to back before a millisecond's pause (what a receiver's socket buffer holds, with room).</summary>
    public int UnpacedBurstPackets { get; init; } = 8;
}
