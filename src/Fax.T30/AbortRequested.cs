namespace Groupus.Fax.T30;

/// <summary>The host wants the call ended: the engine sends DCN and hangs up.</summary>
public sealed record AbortRequested : T30Event;
