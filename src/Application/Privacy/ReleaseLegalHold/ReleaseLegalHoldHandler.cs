using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Holds;
using Groupus.Domain.Privacy.Holds;
using Mediator;

namespace Groupus.Application.Privacy.ReleaseLegalHold;

public sealed class ReleaseLegalHoldHandler(ILegalHolds holds, IUnitOfWork unitOfWork, IPrivacyAudit audit, TimeProvider clock)
    : ICommandHandler<ReleaseLegalHoldCommand, Result<LegalHold>>
{
    public async ValueTask<Result<LegalHold>> Handle(ReleaseLegalHoldCommand command, CancellationToken cancellationToken)
    {
        if (await holds.GetAsync(Guid.Parse(command.HoldId), cancellationToken) is not { } hold)
        {
            return Error.NotFound("Legal hold");
        }

        hold.Release(command.Reason, clock.GetUtcNow().UtcDateTime);
        if (await unitOfWork.CommitAsync(cancellationToken) is { IsSuccess: false } refused)
        {
            return refused.Error!;
        }

        await audit.AppendAsync(
            PrivacyAuditActions.LegalHoldReleased,
            hold.SubjectId.ToString(),
            new Dictionary<string, string> { ["hold"] = hold.Id.ToString(), ["reason"] = AuditDetails.TextGiven },
            cancellationToken);
        return hold;
    }
}
