namespace Groupus.FaxGateway.T30;

/// <summary>The call is gone (loop current lost, NO CARRIER on the V.21 channel, T.38 session ended).</summary>
public sealed record LineDropped : T30Event;
