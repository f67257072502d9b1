using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Fax;

namespace Groupus.Application.Fax.Gateway;

/// <summary>Finds a job only for the gateway that holds its current lease.</summary>
public sealed class LeasedJobs(IFaxJobRepository jobs, ICurrentUser caller)
{
    public async Task<Result<FaxJob>> HeldAsync(Guid jobId, Guid leaseId, CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(jobId, cancellationToken);
        return job is not null && job.HoldsLease(leaseId) && job.LeaseGatewayId == caller.PrincipalId ? job : GatewayErrors.LeaseLost;
    }
}
