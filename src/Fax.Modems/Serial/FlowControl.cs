namespace Groupus.Fax.Modems.Serial;

public enum FlowControl
{
    None,
    /// <summary>RTS/CTS.</summary>
    Hardware,
    /// <summary>XON/XOFF; Class 1 and 2 modems pace the host with DC1/DC3 in this mode.</summary>
    Software,
}
