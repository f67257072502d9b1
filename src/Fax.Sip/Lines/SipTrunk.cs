namespace Groupus.Fax.Sip.Lines;

/// <summary>A SIP trunk: where its calls come from and go to (an IP address: DNS is out of scope), and our credentials if it challenges.</summary>
public sealed record SipTrunk
{
    public required string Line { get; init; }

    public required string Host { get; init; }

    public int Port { get; init; } = 5060;

    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>This route's T.38 switch; null takes <see cref="SipFaxOptions.T38"/>.</summary>
    public T38SwitchPolicy? T38 { get; init; }

    public override string ToString() => $"SIP trunk {Line} ({Host}:{Port})";
}
