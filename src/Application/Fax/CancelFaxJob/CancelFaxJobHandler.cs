using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Fax.CancelFaxJob;

/// <summary>Cancels a job; one on a line is hung up once the cancellation is committed (<c>HangUpCancelledCallHandler</c>).</summary>
public sealed class CancelFaxJobHandler(FaxAccess access, ICurrentUser caller, TimeProvider clock)
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

        job.Cancel(clock.GetUtcNow().UtcDateTime);
        return FaxJobDto.From(job);
    }
}
