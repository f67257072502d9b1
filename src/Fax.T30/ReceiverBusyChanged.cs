namespace Groupus.Fax.T30;

/// <summary>Answerer, ECM: the host cannot (or can again) accept data; while busy the engine answers RNR.</summary>
public sealed record ReceiverBusyChanged(bool Busy) : T30Event;
