namespace Groupus.Fax.Sip.Lines;

/// <summary>How a call on a line reaches T.38 once answered on audio.</summary>
public sealed record T38SwitchPolicy
{
    /// <summary>Send our T.38 re-INVITE right after the ACK (a fax endpoint needs no tone detection to know it is fax).</summary>
    public bool RequestT38AfterAnswer { get; init; } = true;

    /// <summary>How long a call left on audio waits for the peer's T.38 re-INVITE before BYE.</summary>
    public TimeSpan T38ReinviteTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
