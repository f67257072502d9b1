namespace Groupus.Sip.Dialogs;

/// <summary>
/// What the application answers an INVITE (or a re-INVITE or UPDATE) with: a status and, for a 2xx, our session
/// description. A 1xx (180) leaves the INVITE pending until <see cref="SipUserAgent.Answer"/> or a CANCEL.
/// </summary>
public sealed record SipAnswer(int StatusCode, string? ContentType = null, ReadOnlyMemory<byte> Body = default)
{
    public static SipAnswer Ringing { get; } = new(180);

    public static SipAnswer Ok(string contentType, ReadOnlyMemory<byte> body) => new(200, contentType, body);
}
