namespace Groupus.Fax.T30;

/// <summary>A good HDLC frame arrived: at V.21 (+FRH=3) or, for FCD/RCP, from the high-speed ECM burst.</summary>
public sealed record FrameReceived(T30Frame Frame) : T30Event;
