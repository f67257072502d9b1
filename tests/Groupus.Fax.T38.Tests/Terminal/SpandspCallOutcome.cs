using Groupus.Fax.T38.Terminal;
using Groupus.Fax.T38.Tests.Peers;

namespace Groupus.Fax.T38.Tests.Terminal;

/// <summary>Both ends' view of a call, and our socket's counters once everything the peer sent has been read.</summary>
public sealed record SpandspCallOutcome(T38CallResult Ours, SpandspPeerResult Theirs, UdptlSessionStatistics Socket, string PeerOutput)
{
    public override string ToString() =>
        $"ours: {Ours.Call.Outcome} {Ours.Call.Error} '{Ours.Call.Detail}' phase {Ours.Call.PhaseReached}, {Ours.Call.PagesAccepted} pages, {Ours.Statistics}; " +
        $"spandsp: {Theirs}; peer output: {PeerOutput}";
}
