namespace Groupus.Sip.Messages;

/// <summary>A SIP response: status code (100–699), reason phrase, headers, body.</summary>
public sealed record SipResponse(int StatusCode, string ReasonPhrase, SipHeaders Headers, ReadOnlyMemory<byte> Body)
    : SipMessage(Headers, Body)
{
    public bool IsProvisional => StatusCode < 200;

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    public SipResponse WithHeaders(SipHeaders headers) => this with { Headers = headers };

    public SipResponse WithBody(string contentType, ReadOnlyMemory<byte> body) =>
        this with { Headers = Headers.Set(SipHeaderNames.ContentType, contentType), Body = body };
}
