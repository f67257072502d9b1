namespace Groupus.Fax.T30;

/// <summary>Listen for V.21 HDLC frames (Class 1: +FRH=3); report them with <see cref="FrameReceived"/>.</summary>
public sealed record ReceiveFrames : T30Action;
