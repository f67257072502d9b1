using Groupus.Fax.Modems.Serial;
using Groupus.Fax.T30;

namespace Groupus.Fax.Modems.Class2;

/// <summary>How the Class 2 / 2.0 driver sets up and paces its modem. Every wait has a deadline here.</summary>
public sealed record Class2ModemOptions
{
    public Class2Dialect Dialect { get; init; } = Class2Dialect.Class20;

    /// <summary>Our identity (TSI/CSI), up to 20 characters: digits, '+' and spaces.</summary>
    public string LocalId { get; init; } = string.Empty;

    /// <summary>What we offer and ask for; the page's own resolution lowers vr per page.</summary>
    public Class2SessionParameters Capabilities { get; init; } = Class2SessionParameters.GatewayDefault;

    /// <summary>Told to the modem with +FLO (Class 2.0).</summary>
    public FlowControl FlowControl { get; init; } = FlowControl.None;

    /// <summary>The reset command without "AT" (quirk: some modems want "&amp;F" or "Z0").</summary>
    public string ResetCommand { get; init; } = "Z";

    /// <summary>Quirk: commands (without "AT") sent after the reset and before the fax set-up.</summary>
    public IReadOnlyList<string> InitCommands { get; init; } = [];

    /// <summary>Quirk: how long the modem needs after a reset before it takes commands.</summary>
    public TimeSpan ResetDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Quirk: a pause before every command, for modems that drop characters sent too soon.</summary>
    public TimeSpan CommandDelay { get; init; } = TimeSpan.Zero;

    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>From ATD to the end of phase B (+FCO ... OK) or a call failure.</summary>
    public TimeSpan DialTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>From ATA to the end of phase B.</summary>
    public TimeSpan AnswerTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>From +FDT/+FDR to CONNECT, and from the end of a page to its post-page reply.</summary>
    public TimeSpan PageExchangeTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Longest silence inside received page data before the modem counts as wedged.</summary>
    public TimeSpan PageDataIdleTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a page refused with RTN is sent again.</summary>
    public int MaxPageRetransmissions { get; init; } = 2;

    /// <summary>Receiving: the copy-quality rules behind our +FPS verdict.</summary>
    public CopyQualityCriteria CopyQuality { get; init; } = new();
}
