namespace Groupus.Fax.Modems.Lines;

/// <summary>What a particular modem needs beyond the standard: extra set-up commands, a different reset, pauses.</summary>
public sealed class FaxLineQuirks
{
    /// <summary>Commands without the "AT" prefix, sent after the reset, e.g. ["&amp;K3", "S7=60"].</summary>
    public List<string> InitCommands { get; set; } = [];

    /// <summary>The reset command without "AT": "Z" (default), "Z0", "&amp;F"...</summary>
    public string ResetCommand { get; set; } = "Z";

    /// <summary>Pause after the reset before the next command.</summary>
    public int ResetDelayMilliseconds { get; set; } = 500;

    /// <summary>Pause before every command (modems that drop characters sent too soon).</summary>
    public int CommandDelayMilliseconds { get; set; }

    /// <summary>Deadline for an ordinary command's reply.</summary>
    public int CommandTimeoutSeconds { get; set; } = 5;
}
