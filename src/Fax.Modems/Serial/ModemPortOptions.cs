namespace Groupus.Fax.Modems.Serial;

/// <summary>Per-modem serial settings; DTR/RTS are optional because pseudo-terminals refuse them.</summary>
public sealed record ModemPortOptions
{
    public int BaudRate { get; init; } = 115200;

    public FlowControl FlowControl { get; init; } = FlowControl.None;

    /// <summary>Raise DTR on open. Off by default: pseudo-terminals reject the ioctl; hang up with ATH instead.</summary>
    public bool UseDtr { get; init; }

    public bool UseRts { get; init; }
}
