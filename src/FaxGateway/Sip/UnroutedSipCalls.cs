using Groupus.Fax.Sip.Calls;

namespace Groupus.FaxGateway.Sip;

/// <summary>
/// Inbound routing for SIP lines until the line pool takes SIP calls (the next step, ADR 0056): every call is refused
/// 404, and the log says on which line, so a misrouted ATA is visible. Numbers are not logged (personal data).
/// </summary>
public sealed class UnroutedSipCalls(ILogger<UnroutedSipCalls> logger) : ISipFaxRouter
{
    public ValueTask<IT38FaxCall?> RouteAsync(InboundFaxCall call, CancellationToken cancellationToken)
    {
        logger.LogWarning("Inbound SIP call on line {Line} refused: SIP lines are not in the line pool yet", call.Line.Name);
        return ValueTask.FromResult<IT38FaxCall?>(null);
    }
}
