namespace Groupus.Fax.T30;

/// <summary>
/// ECM: receive HDLC frames at high speed (Class 1: +FRM=n with host-side deframing), reporting each good frame
/// with <see cref="FrameReceived"/>. If V.21 flags arrive instead the transport reports those frames.
/// </summary>
public sealed record ReceiveEcmFrames(Modulation Modulation) : T30Action;
