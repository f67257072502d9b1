namespace Groupus.Sip.Messages;

/// <summary>A SIP request or response: immutable headers and an opaque body (its Content-Type says what it is).</summary>
public abstract record SipMessage(SipHeaders Headers, ReadOnlyMemory<byte> Body)
{
    public string? CallId => Headers.Get(SipHeaderNames.CallId);

    public Via? TopVia => Headers.Get(SipHeaderNames.Via) is { } v && Via.TryParse(v, out var via) ? via : null;

    public CSeq? CSeq => Headers.Get(SipHeaderNames.CSeq) is { } c && Messages.CSeq.TryParse(c, out var cseq) ? cseq : null;

    public NameAddress? From => Headers.Get(SipHeaderNames.From) is { } f && NameAddress.TryParse(f, out var from) ? from : null;

    public NameAddress? To => Headers.Get(SipHeaderNames.To) is { } t && NameAddress.TryParse(t, out var to) ? to : null;

    public string? ContentType => Headers.Get(SipHeaderNames.ContentType);

    /// <summary>The Contact entries that parse (a <c>*</c> is not among them).</summary>
    public IReadOnlyList<NameAddress> Contacts =>
        [.. Headers.GetAll(SipHeaderNames.Contact).Select(c => NameAddress.TryParse(c, out var n) ? n : null).OfType<NameAddress>()];

    public byte[] ToBytes() => SipSerializer.Serialize(this);
}
