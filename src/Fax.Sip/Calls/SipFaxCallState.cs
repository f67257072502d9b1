namespace Groupus.Fax.Sip.Calls;

public enum SipFaxCallState
{
    /// <summary>Inbound: ringing while the routing decides. Outbound: waiting for the answer.</summary>
    Setup,

    /// <summary>Answered on audio, waiting for the switch to T.38.</summary>
    Audio,

    /// <summary>T.38 negotiated: the fax procedure runs.</summary>
    T38,

    Ended,
}
