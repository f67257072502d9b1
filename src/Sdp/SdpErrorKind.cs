namespace Groupus.Sdp;

/// <summary>Why an SDP body or an offer was refused. The SIP layer answers every kind with 488 (or 400 for a malformed body).</summary>
public enum SdpErrorKind
{
    /// <summary>More octets, lines or media descriptions than <see cref="SdpLimits"/> allow.</summary>
    TooLarge,

    /// <summary>A line that is not <c>&lt;type&gt;=&lt;value&gt;</c>, or a required line missing or out of order.</summary>
    Malformed,

    /// <summary>A field whose value is not what RFC 4566 or the T.38 SDP attributes allow.</summary>
    InvalidValue,

    /// <summary>The same parameter given twice with different values (directly or through an alias).</summary>
    ContradictoryAttributes,

    /// <summary>No m-line we can accept.</summary>
    NoAcceptableMedia,
}
