namespace Groupus.Fax.Modems.Class1;

/// <summary>How a dial attempt (ATD) ended; each modem result code has its own value.</summary>
public enum DialOutcome
{
    /// <summary>CONNECT: the far end answered and its V.21 flags are coming in.</summary>
    Connected,
    Busy,
    NoAnswer,
    /// <summary>NO CARRIER: the call was answered by something that is not a fax, or dropped.</summary>
    NoCarrier,
    NoDialTone,
    /// <summary>ERROR: the modem refused the dial string.</summary>
    Error,
}
