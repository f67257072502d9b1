namespace Groupus.Fax.T30;

/// <summary>Every transmit action of the last batch has gone out on the line (Class 1: the final OK).</summary>
public sealed record TransmitComplete : T30Event;
