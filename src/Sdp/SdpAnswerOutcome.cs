namespace Groupus.Sdp;

/// <summary>An answer and the session state to use for the next offer.</summary>
public sealed record SdpAnswerOutcome(SdpAnswerSession Session, SessionDescription Answer, bool Changed);
