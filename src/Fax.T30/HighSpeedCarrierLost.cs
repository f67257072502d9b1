namespace Groupus.Fax.T30;

/// <summary>ECM: the high-speed burst ended (NO CARRIER) without a usable RCP.</summary>
public sealed record HighSpeedCarrierLost : T30Event;
