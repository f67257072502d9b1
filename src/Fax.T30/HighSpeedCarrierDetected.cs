namespace Groupus.Fax.T30;

/// <summary>Optional: the high-speed carrier of page data started (Class 1: CONNECT after +FRM); stops T2.</summary>
public sealed record HighSpeedCarrierDetected : T30Event;
