using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Holds;
using Groupus.Domain.Privacy.Holds;
using Mediator;

namespace Groupus.Application.Privacy.PlaceLegalHold;

public sealed class PlaceLegalHoldHandler(ILegalHolds holds, AuditAfterCommit audit, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<PlaceLegalHoldCommand, Result<LegalHold>>
{
    public ValueTask<Result<LegalHold>> Handle(PlaceLegalHoldCommand command, CancellationToken cancellationToken)
    {
        var hold = LegalHold.Place(Guid.Parse(command.SubjectId), command.Reason, command.Reference!, PrivacyActor.Of(caller), clock.GetUtcNow().UtcDateTime);
        holds.Add(hold);
        audit.Record(
            PrivacyAuditActions.LegalHoldPlaced,
            hold.SubjectId.ToString(),
            new Dictionary<string, string> { ["hold"] = hold.Id.ToString(), ["reference"] = AuditDetails.TextGiven, ["reason"] = AuditDetails.TextGiven });
        return ValueTask.FromResult<Result<LegalHold>>(hold);
    }
}
