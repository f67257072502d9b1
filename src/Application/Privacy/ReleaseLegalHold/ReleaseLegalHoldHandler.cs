using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Holds;
using Groupus.Domain.Privacy.Holds;
using Mediator;

namespace Groupus.Application.Privacy.ReleaseLegalHold;

public sealed class ReleaseLegalHoldHandler(ILegalHolds holds, AuditAfterCommit audit, TimeProvider clock)
    : ICommandHandler<ReleaseLegalHoldCommand, Result<LegalHold>>
{
    public async ValueTask<Result<LegalHold>> Handle(ReleaseLegalHoldCommand command, CancellationToken cancellationToken)
    {
        if (await holds.GetAsync(Guid.Parse(command.HoldId), cancellationToken) is not { } hold)
        {
            return Error.NotFound("Legal hold");
        }

        hold.Release(command.Reason, clock.GetUtcNow().UtcDateTime);
        audit.Record(
            PrivacyAuditActions.LegalHoldReleased,
            hold.SubjectId.ToString(),
            new Dictionary<string, string> { ["hold"] = hold.Id.ToString(), ["reason"] = AuditDetails.TextGiven });
        return hold;
    }
}
