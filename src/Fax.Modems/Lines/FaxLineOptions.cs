namespace Groupus.Fax.Modems.Lines;

/// <summary>One fax line: a modem on a serial device, how to drive it, and who it is on the network.</summary>
public sealed class FaxLineOptions
{
    /// <summary>A short name for logs and metrics, e.g. "reception-1".</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The serial device, e.g. /dev/ttyUSB0, /dev/ttyIAXa or a pseudo-terminal path.</summary>
    public string Device { get; set; } = string.Empty;

    /// <summary>Fax service class: "1", "2" or "2.0".</summary>
    public string Class { get; set; } = "2.0";

    /// <summary>Our TSI/CSI: up to 20 characters of digits, '+' and spaces.</summary>
    public string LocalId { get; set; } = string.Empty;

    /// <summary>The line's own number (documentation and reporting; not sent to the modem).</summary>
    public string Number { get; set; } = string.Empty;

    /// <summary>Rings before answering an incoming call (1-20).</summary>
    public int AnswerRings { get; set; } = 2;

    /// <summary>
    /// Error correction (ECM, with MMR coding): null means on where the line can do it. Class 1 lines can (the host
    /// frames ECM itself); Class 2/2.0 lines never use it in this gateway, so true is refused for them at start.
    /// </summary>
    public bool? Ecm { get; set; }

    /// <summary>Whether calls on this line offer and accept ECM; what the line registers with the core.</summary>
    public bool UsesEcm => Class == "1" && Ecm != false;

    public FaxLinePortOptions Port { get; set; } = new();

    public FaxLineQuirks Quirks { get; set; } = new();
}
