namespace Groupus.Sip.Messages;

/// <summary>Why a datagram is not a SIP message we accept.</summary>
public enum SipParseErrorKind
{
    Empty,
    TooLarge,
    HeaderSectionUnterminated,
    BadStartLine,
    UnsupportedVersion,
    MalformedHeader,
    TooManyHeaders,
    MissingHeader,
    InvalidHeaderValue,
    BodyTruncated,
    CSeqMethodMismatch,
}
