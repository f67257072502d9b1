using Groupus.Fax.T30;

namespace Groupus.Fax.T38.Terminal;

/// <summary>How a <see cref="T38Terminal"/> runs one call.</summary>
public sealed record T38TerminalOptions
{
    /// <summary>Sent as TSI (sending) or CSI (receiving); empty to send none.</summary>
    public string LocalIdentity { get; init; } = string.Empty;

    public T30Capabilities Capabilities { get; init; } = new();

    public T30TimerSettings Timers { get; init; } = new();

    /// <summary>The negotiated rate management (SDP answer).</summary>
    public T38RateManagement RateManagement { get; init; } = T38RateManagement.TransferredTcf;

    /// <summary>
    /// Real-time pacing: signals take the time they would take on a line (preamble and training, data at the negotiated
    /// bit rate, silences). On for real peers, which expect it; off for tests and benchmarks.
    /// </summary>
    public bool Paced { get; init; } = true;

    /// <summary>Paced: the signal time one data IFP carries (T.38 senders use 20-40 ms).</summary>
    public TimeSpan PacketInterval { get; init; } = TimeSpan.FromMilliseconds(30);

    /// <summary>Unpaced: the data octets per IFP (fewer when the far end's maximum datagram needs it).</summary>
    public int UnpacedFieldOctets { get; init; } = 256;
}
