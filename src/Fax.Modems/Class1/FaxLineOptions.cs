using Groupus.Fax.T30;

namespace Groupus.Fax.Modems.Class1;

/// <summary>How a fax line places or takes a call: identity, modem quirks, what to offer, and how long to wait.</summary>
public sealed record FaxLineOptions
{
    /// <summary>Sent as TSI when sending and CSI when receiving, e.g. "+44 20 7946 0000".</summary>
    public string LocalIdentity { get; init; } = string.Empty;

    public Class1ModemSettings Modem { get; init; } = new();

    /// <summary>
    /// What to offer and accept; the modems are further limited to the modem's +FTM/+FRM. ECM (and with it MMR) is off
    /// by default: set <see cref="T30Capabilities.ErrorCorrection"/> (and <see cref="T30Capabilities.T6Coding"/>) to use it.
    /// </summary>
    public T30Capabilities Capabilities { get; init; } = new();

    public T30TimerSettings Timers { get; init; } = new();

    /// <summary>Receiving: RING lines to wait for before ATA.</summary>
    public int RingsBeforeAnswer { get; init; } = 1;

    /// <summary>Receiving: how long to wait for the call to ring.</summary>
    public TimeSpan WaitForCall { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Receiving: the modem is still set up from an earlier wait that brought no call. It is checked with AT and
    /// reset only if it does not answer; <see cref="KnownModem"/> stands in for the probe.
    /// </summary>
    public bool ModemReady { get; init; }

    /// <summary>What an earlier probe of this modem found, used instead of probing again when <see cref="ModemReady"/>.</summary>
    public Class1ModemInfo? KnownModem { get; init; }

    /// <summary>Ask the modem what it is (ATI, +FMI? …) and which modulations it has before the call.</summary>
    public bool ProbeModem { get; init; } = true;
}
