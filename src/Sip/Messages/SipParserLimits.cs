namespace Groupus.Sip.Messages;

/// <summary>Bounds on what the parser accepts, so a hostile datagram costs at most a bounded amount of memory.</summary>
public sealed record SipParserLimits
{
    /// <summary>The largest message accepted (UDP payloads cannot exceed 65,507 octets anyway).</summary>
    public int MaxMessageSize { get; init; } = 65_507;

    /// <summary>The most header field values (after comma-joined lists are split).</summary>
    public int MaxHeaderCount { get; init; } = 128;

    public static SipParserLimits Default { get; } = new();
}
