using Groupus.Fax.Modems.Serial;

namespace Groupus.Fax.Modems.Lines;

/// <summary>Serial settings of a line. DTR/RTS stay off unless asked for: pseudo-terminals refuse them.</summary>
public sealed class FaxLinePortOptions
{
    public int BaudRate { get; set; } = 115200;

    /// <summary>None, Hardware (RTS/CTS) or Software (XON/XOFF).</summary>
    public FlowControl FlowControl { get; set; } = FlowControl.None;

    public bool UseDtr { get; set; }

    public bool UseRts { get; set; }

    public ModemPortOptions ToModemPortOptions() => new()
    {
        BaudRate = BaudRate,
        FlowControl = FlowControl,
        UseDtr = UseDtr,
        UseRts = UseRts,
    };
}
