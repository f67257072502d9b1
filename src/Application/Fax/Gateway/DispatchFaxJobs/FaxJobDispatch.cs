using Groupus.Application.Fax.Gateway.ExpireFaxLeases;
using Groupus.Application.Fax.Gateway.LeaseNextFaxJob;
using Groupus.Application.Fax.Gateway.Links;

namespace Groupus.Application.Fax.Gateway.DispatchFaxJobs;

/// <summary>
/// One turn of the dispatcher: jobs whose lease lapsed go back to the queue, then each idle sending line of a gateway
/// connected to this node, in a fair order, leases the most urgent due job and is told to dial it. A lease is committed
/// before its line hears of it; a line another node beat to a job is tried again on the next turn.
/// </summary>
public sealed class FaxJobDispatch(FaxGatewayRegistry registry)
{
    public async Task<FaxDispatchTurn> RunAsync(ISystemCommands system, CancellationToken cancellationToken)
    {
        var expired = await system.SendAsync(new ExpireFaxLeasesCommand(), cancellationToken);
        var undelivered = new List<UndeliveredAssignment>();
        foreach (var (connection, lineId) in registry.IdleSendingLines())
        {
            var offer = await system.SendAsync(new LeaseNextFaxJobCommand(connection.GatewayId, lineId), cancellationToken);
            if (!offer.IsSuccess)
            {
                continue;
            }

            if (offer.Value.Assignment is not { } assignment)
            {
                break;
            }

            registry.SetLineStatus(connection.GatewayId, lineId, FaxLineStatus.Busy);
            if (!connection.TrySend(new AssignFaxJob(assignment)))
            {
                undelivered.Add(new UndeliveredAssignment(assignment.JobId, lineId));
            }
        }

        return new FaxDispatchTurn(expired.IsSuccess ? expired.Value.Count : 0, undelivered);
    }
}
