namespace Groupus.Sdp;

/// <summary>A description we send (offer or answer) and the session state to use next.</summary>
public sealed record SdpOutcome(SdpSession Session, SessionDescription Description, bool Changed);
