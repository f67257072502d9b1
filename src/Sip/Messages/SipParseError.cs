namespace Groupus.Sip.Messages;

/// <summary>
/// A typed parse failure. <see cref="Reason"/> is safe to put in a 400's reason phrase (it names the header, never echoes
/// values). <see cref="Request"/> is the request's start line and headers when they were readable enough to answer 400.
/// </summary>
public sealed record SipParseError(SipParseErrorKind Kind, string Reason, SipRequest? Request = null)
{
    /// <summary>A 400 can be sent only for a request whose Via, From, To, Call-ID and CSeq were readable.</summary>
    public bool CanAnswer => Request is not null;
}
