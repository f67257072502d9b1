namespace Groupus.Sip.Messages;

/// <summary>A SIP request: method, Request-URI (kept as text; <see cref="Uri"/> parses it), headers, body.</summary>
public sealed record SipRequest(string Method, string RequestUri, SipHeaders Headers, ReadOnlyMemory<byte> Body)
    : SipMessage(Headers, Body)
{
    public SipUri? Uri => SipUri.TryParse(RequestUri, out var uri) ? uri : null;

    public SipRequest(string method, string requestUri, SipHeaders headers)
        : this(method, requestUri, headers, ReadOnlyMemory<byte>.Empty)
    {
    }

    public SipRequest WithHeaders(SipHeaders headers) => this with { Headers = headers };

    /// <summary>A response to this request with Via, From, To, Call-ID and CSeq copied (§8.2.6.2); the To tag added when given and missing.</summary>
    public SipResponse CreateResponse(int statusCode, string? reason = null, string? toTag = null)
    {
        var headers = SipHeaders.Empty;
        foreach (var via in Headers.GetAll(SipHeaderNames.Via))
        {
            headers = headers.Add(SipHeaderNames.Via, via);
        }

        headers = headers.Add(SipHeaderNames.From, Headers.Get(SipHeaderNames.From) ?? string.Empty);
        var to = Headers.Get(SipHeaderNames.To) ?? string.Empty;
        if (toTag is not null && statusCode != 100 && NameAddress.TryParse(to, out var toAddress) && toAddress.Tag is null)
        {
            to = toAddress.WithTag(toTag).ToString();
        }

        headers = headers.Add(SipHeaderNames.To, to)
            .Add(SipHeaderNames.CallId, Headers.Get(SipHeaderNames.CallId) ?? string.Empty)
            .Add(SipHeaderNames.CSeq, Headers.Get(SipHeaderNames.CSeq) ?? string.Empty);
        return new SipResponse(statusCode, reason ?? SipStatus.ReasonFor(statusCode), headers, ReadOnlyMemory<byte>.Empty);
    }
}
