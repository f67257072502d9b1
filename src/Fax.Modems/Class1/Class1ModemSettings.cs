using Groupus.Fax.Modems.Serial;

namespace Groupus.Fax.Modems.Class1;

/// <summary>
/// Per-modem quirks of a Class 1 / 1.0 fax modem, in the spirit of HylaFAX's Class1* configuration: how to reset it,
/// what to initialise it with, the delays and silences it needs around carrier changes, and every deadline.
/// </summary>
public sealed record Class1ModemSettings
{
    /// <summary>The reset command without "AT": "Z" (stored profile) or "&amp;F" (factory profile).</summary>
    public string ResetCommand { get; init; } = "Z";

    /// <summary>Commands sent after the reset, each without "AT". Echo off, verbose results, results on.</summary>
    public IReadOnlyList<string> InitCommands { get; init; } = ["E0", "V1", "Q0"];

    /// <summary>The service class to select: "1" (EIA-578) or "1.0" (ITU-T T.31).</summary>
    public string FaxClass { get; init; } = "1";

    /// <summary>Serial settings: flow control and whether DTR/RTS are driven (pseudo-terminals refuse both).</summary>
    public ModemPortOptions Port { get; init; } = new();

    /// <summary>Pause before each +FTH (some modems need a moment after the far end's carrier drops).</summary>
    public TimeSpan DelayBeforeFrameTransmit { get; init; } = TimeSpan.Zero;

    /// <summary>Pause before each +FTM.</summary>
    public TimeSpan DelayBeforeDataTransmit { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// Pause between CONNECT to +FTM and the first data octet, for modems that say CONNECT before their carrier is up
    /// (HylaFAX's Class1TMConnectDelay; iaxmodem's sample HylaFAX configuration uses 400 ms).
    /// </summary>
    public TimeSpan DelayAfterDataConnect { get; init; } = TimeSpan.Zero;

    /// <summary>Added to every silence the T.30 engine asks for (+FTS).</summary>
    public TimeSpan ExtraSilence { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// Sent before transmitting V.21 right after receiving, so the far end's carrier has gone (HylaFAX's
    /// Class1SwitchingCmd). "+FRS=7" waits for 70 ms of silence; null sends nothing.
    /// </summary>
    public string? SwitchingCommand { get; init; } = "+FRS=7";

    /// <summary>Use adaptive answer (+FAR=1) when the modem offers it.</summary>
    public bool UseAdaptiveAnswer { get; init; }

    /// <summary>Deadline of ordinary commands.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Deadline of the reset command (some modems take seconds to reset).</summary>
    public TimeSpan ResetTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>From ATD to the far end's V.21 flags (CONNECT) or a failure result.</summary>
    public TimeSpan DialTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>
    /// Once a call has started ringing, how long to wait for its next RING (cadences repeat every 3–6 s) before it
    /// counts as gone: a wait for a call never ends between the rings of a call.
    /// </summary>
    public TimeSpan RingGap { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>From ATA to CONNECT.</summary>
    public TimeSpan AnswerTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest HDLC frame: 2.55 s at 300 bit/s for a 256-octet FIF, with margin.</summary>
    public TimeSpan FrameTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest page data reception after CONNECT (a long page at 2400 bit/s takes minutes).</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Receiving a page: the longest a carrier may bring no end of line (with ECM, no HDLC frame) before the page is
    /// given up as lost: the caller vanished and the modem delivers nothing or only fill. T.4 wants every coded scan
    /// line within 5 s and a receiver to disconnect after 13 s.
    /// </summary>
    public TimeSpan PageDataStallTimeout { get; init; } = TimeSpan.FromSeconds(13);

    /// <summary>Extra time, beyond what the data needs at the line rate, for the modem to say OK after a transmission.</summary>
    public TimeSpan TransmitMargin { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Opens <paramref name="device"/> (a serial device or a pseudo-terminal path) with these serial settings.</summary>
    public SerialModemPort OpenPort(string device) => SerialModemPort.Open(device, Port);

    /// <summary>Largest page accepted from the modem; a runaway carrier cannot exhaust memory.</summary>
    public int MaxPageBytes { get; init; } = 8 * 1024 * 1024;
}
