namespace Groupus.Fax.Modems.Class1;

/// <summary>How a fax call ended, from the line's point of view. T.30 detail is in <see cref="Class1CallResult.Session"/>.</summary>
public enum Class1CallOutcome
{
    /// <summary>The T.30 session ended with success.</summary>
    Completed,
    /// <summary>The call connected but the T.30 session failed; see <see cref="Class1CallResult.Error"/>.</summary>
    SessionFailed,
    Busy,
    NoAnswer,
    /// <summary>The call was answered (or rang) but no fax carrier came.</summary>
    NoCarrier,
    NoDialTone,
    /// <summary>The modem refused the dial command.</summary>
    DialRejected,
    /// <summary>Receiving: no call rang within the wait.</summary>
    NoCall,
    /// <summary>Receiving with adaptive answer: the caller was not a fax.</summary>
    NotFax,
    /// <summary>The modem was silent or wedged past a deadline; it was reset.</summary>
    ModemNotResponding,
    /// <summary>The modem refused a set-up command, is not Class 1, or its port closed.</summary>
    ModemFailed,
}
