namespace Groupus.Fax.Sip.Lines;

/// <summary>One ATA port: the digest user it registers as, its password, and the gateway line it is.</summary>
public sealed record AtaAccount
{
    public required string User { get; init; }

    public required string Password { get; init; }

    public required string Line { get; init; }

    /// <summary>This line's T.38 switch; null takes <see cref="SipFaxOptions.T38"/>.</summary>
    public T38SwitchPolicy? T38 { get; init; }

    public override string ToString() => $"ATA line {Line} (user {User})";
}
