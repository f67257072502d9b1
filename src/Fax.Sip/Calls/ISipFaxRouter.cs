namespace Groupus.Fax.Sip.Calls;

/// <summary>
/// Inbound routing: decides who takes a call while it rings (180). Null refuses it (404, an unknown number); a routing
/// that is still deciding when the caller gives up sees <paramref name="cancellationToken"/> cancelled (CANCEL).
/// </summary>
public interface ISipFaxRouter
{
    ValueTask<IT38FaxCall?> RouteAsync(InboundFaxCall call, CancellationToken cancellationToken);
}
