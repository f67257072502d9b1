using Groupus.Application.Common.Results;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Fax.Gateway.LeaseNextFaxJob;

public sealed class LeaseNextFaxJobHandler(IFaxJobRepository jobs, IOptions<FaxOptions> options, TimeProvider clock)
    : ICommandHandler<LeaseNextFaxJobCommand, Result<FaxLeaseOffer>>
{
    public async ValueTask<Result<FaxLeaseOffer>> Handle(LeaseNextFaxJobCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var job = await jobs.NextDueAsync(now, cancellationToken);
        if (job is null)
        {
            return new FaxLeaseOffer(null);
        }

        var leaseId = Guid.CreateVersion7();
        job.Lease(command.GatewayId, command.LineId, leaseId, options.Value.LeaseDuration, now);
        return new FaxLeaseOffer(new FaxJobAssignment(
            command.GatewayId, job.Id, leaseId, command.LineId, job.Destination, job.FirstUnconfirmedPage, job.PageCount, job.Resolution, job.DocumentBytes, job.DocumentSha256));
    }
}
