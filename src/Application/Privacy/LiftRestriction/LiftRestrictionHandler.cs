using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Groupus.Application.Privacy.Restrictions;
using Mediator;

namespace Groupus.Application.Privacy.LiftRestriction;

/// <summary>The request records the lift; the ledger ends the restriction (and writes its own audit row).</summary>
public sealed class LiftRestrictionHandler(
    IDataSubjectRequests requests, IRestrictionLedger ledger, IUnitOfWork unitOfWork, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<LiftRestrictionCommand, Result<RequestView>>
{
    public async ValueTask<Result<RequestView>> Handle(LiftRestrictionCommand command, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(Guid.Parse(command.RequestId), cancellationToken) is not { } request)
        {
            return Error.NotFound("Request");
        }

        var reason = command.Reason!.Trim();
        request.RecordRestrictionLifted(reason, clock.GetUtcNow().UtcDateTime, PrivacyActor.Of(caller));
        if (await unitOfWork.CommitAsync(cancellationToken) is { IsSuccess: false } refused)
        {
            return refused.Error!;
        }

        await ledger.LiftAsync(request.SubjectId, request.Id, reason, cancellationToken);
        return await RequestView.LoadAsync(request, requests, clock, cancellationToken);
    }
}
