namespace Groupus.Fax.T30;

/// <summary>The call is gone (loop current lost, NO CARRIER on the V.21 channel, T.38 session ended).</summary>
/// <param name="Detail">What the transport saw (e.g. a page's carrier lost), for the session's result.</param>
public sealed record LineDropped(string? Detail = null) : T30Event;
