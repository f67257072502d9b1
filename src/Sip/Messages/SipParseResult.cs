using System.Diagnostics.CodeAnalysis;

namespace Groupus.Sip.Messages;

/// <summary>Either a parsed message or a typed error; the parser never throws.</summary>
public sealed record SipParseResult
{
    private SipParseResult(SipMessage? message, SipParseError? error)
    {
        Message = message;
        Error = error;
    }

    public SipMessage? Message { get; }

    public SipParseError? Error { get; }

    [MemberNotNullWhen(true, nameof(Message))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Message is not null;

    public static SipParseResult Success(SipMessage message) => new(message, null);

    public static SipParseResult Failure(SipParseError error) => new(null, error);
}
