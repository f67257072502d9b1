namespace Groupus.Fax.T30.Calls;

/// <summary>How a call ended, in the terms the diagnostic tools' exit codes and the service report.</summary>
public enum FaxCallOutcome
{
    /// <summary>Every page sent was confirmed, or a document was received to its end.</summary>
    Success,

    /// <summary>Some pages went through, then the call failed.</summary>
    Partial,

    Busy,

    NoAnswer,

    /// <summary>The call connected but no fax answered, or the carrier was lost before phase B.</summary>
    NoCarrier,

    NoDialTone,

    /// <summary>Receiving: nobody called before the deadline.</summary>
    NoIncomingCall,

    /// <summary>The T.30 procedure failed with no page transferred (see the error and hang-up reason).</summary>
    ProtocolFailure,
}
