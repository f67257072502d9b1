using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Fax.CancelFaxJob;

public sealed class CancelFaxJobHandler(FaxAccess access, ICurrentUser caller, IFaxQueueSignal signal, TimeProvider clock)
    : ICommandHandler<CancelFaxJobCommand, Result<FaxJobDto>>
{
    public async ValueTask<Result<FaxJobDto>> Handle(CancelFaxJobCommand command, CancellationToken cancellationToken)
    {
        var found = await access.JobAsync(command.JobId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var job = found.Value;
        if (caller.Kind == PrincipalKind.Customer && caller.Roles.SequenceEqual([OrganisationRole.Member]) && job.SubmittedBy != caller.PrincipalId)
        {
            return Error.Forbidden("A member may cancel only the faxes they sent.");
        }

        var lease = (job.LeaseGatewayId, job.LeaseId);
        job.Cancel(clock.GetUtcNow().UtcDateTime);
        if (job.CancelRequested && lease is ({ } gateway, { } leaseId))
        {
            signal.CancelOnLine(gateway, job.Id, leaseId);
        }

        return FaxJobDto.From(job);
    }
}
