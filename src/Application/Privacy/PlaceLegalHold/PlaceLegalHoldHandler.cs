using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Holds;
using Groupus.Domain.Privacy.Holds;
using Mediator;

namespace Groupus.Application.Privacy.PlaceLegalHold;

public sealed class PlaceLegalHoldHandler(ILegalHolds holds, IUnitOfWork unitOfWork, IPrivacyAudit audit, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<PlaceLegalHoldCommand, Result<LegalHold>>
{
    public async ValueTask<Result<LegalHold>> Handle(PlaceLegalHoldCommand command, CancellationToken cancellationToken)
    {
        var hold = LegalHold.Place(Guid.Parse(command.SubjectId), command.Reason, command.Reference!, PrivacyActor.Of(caller), clock.GetUtcNow().UtcDateTime);
        holds.Add(hold);
        if (await unitOfWork.CommitAsync(cancellationToken) is { IsSuccess: false } refused)
        {
            return refused.Error!;
        }

        await audit.AppendAsync(
            PrivacyAuditActions.LegalHoldPlaced,
            hold.SubjectId.ToString(),
            new Dictionary<string, string> { ["hold"] = hold.Id.ToString(), ["reference"] = AuditDetails.TextGiven, ["reason"] = AuditDetails.TextGiven },
            cancellationToken);
        return hold;
    }
}
