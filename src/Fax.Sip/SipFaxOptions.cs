using Groupus.Fax.Sip.Lines;
using Groupus.Sip.Authentication;

namespace Groupus.Fax.Sip;

/// <summary>The gateway's SIP side (configuration section <c>Sip</c>): where it listens, its ATA lines and trunks, and call timing.</summary>
public sealed record SipFaxOptions
{
    public const string SectionName = "Sip";

    /// <summary>The gateway runs its SIP side only when this is true (serial lines work without it).</summary>
    public bool Enabled { get; init; }

    /// <summary>The address SIP and media sockets bind to and that our SDP and Contact state.</summary>
    public string BindAddress { get; init; } = "127.0.0.1";

    /// <summary>The SIP UDP port; 0 lets the system pick one.</summary>
    public int Port { get; init; } = 5060;

    public string Realm { get; init; } = "groupus";

    /// <summary>Digest challenge order: MD5 first, since ATAs (and SIPp) often read only the first challenge and know only MD5.</summary>
    public IReadOnlyList<DigestAlgorithm> ChallengeAlgorithms { get; init; } = [DigestAlgorithm.Md5, DigestAlgorithm.Sha256];

    public IReadOnlyList<AtaAccount> Accounts { get; init; } = [];

    public IReadOnlyList<SipTrunk> Trunks { get; init; } = [];

    /// <summary>The T.38 switch of lines and routes that do not set their own.</summary>
    public T38SwitchPolicy T38 { get; init; } = new();

    /// <summary>A T.38 call with no UDPTL datagram from the peer for this long is ended with BYE.</summary>
    public TimeSpan MediaTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
