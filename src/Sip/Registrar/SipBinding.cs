namespace Groupus.Sip.Registrar;

/// <summary>One registered contact of a line (its user name is the address-of-record key), with when it expires and the Call-ID/CSeq that last set it.</summary>
public sealed record SipBinding(string User, string Contact, DateTimeOffset ExpiresAt, string CallId, long CSeq);
