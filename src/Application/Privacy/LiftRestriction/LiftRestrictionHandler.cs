using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Groupus.Application.Privacy.Restrictions;
using Mediator;

namespace Groupus.Application.Privacy.LiftRestriction;

/// <summary>The request records the lift; then the ledger ends the restriction (and writes its own audit row).</summary>
public sealed class LiftRestrictionHandler(RequestChange change, IRestrictionLedger ledger) : ICommandHandler<LiftRestrictionCommand, Result<RequestView>>
{
    public async ValueTask<Result<RequestView>> Handle(LiftRestrictionCommand command, CancellationToken cancellationToken)
    {
        var reason = command.Reason!.Trim();
        var lifted = await change.ApplyAsync(
            command.RequestId,
            (request, now, actor) => request.RecordRestrictionLifted(reason, now, actor),
            PrivacyAuditActions.RestrictionLiftRecorded,
            _ => new Dictionary<string, string> { ["reason"] = AuditDetails.TextGiven },
            cancellationToken);
        if (lifted.IsSuccess)
        {
            await ledger.LiftAsync(lifted.Value.Request.SubjectId, lifted.Value.Request.Id, reason, cancellationToken);
        }

        return lifted;
    }
}
