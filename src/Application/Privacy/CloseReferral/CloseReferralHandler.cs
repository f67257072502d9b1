using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.CloseReferral;

public sealed class CloseReferralHandler(IDataSubjectRequests requests, IUnitOfWork unitOfWork, IPrivacyAudit audit, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<CloseReferralCommand, Result<RequestView>>
{
    public async ValueTask<Result<RequestView>> Handle(CloseReferralCommand command, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(Guid.Parse(command.RequestId), cancellationToken) is not { } request)
        {
            return Error.NotFound("Request");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        request.CloseReferral(Guid.Parse(command.OrganisationId), command.Outcome!, now, PrivacyActor.Of(caller));
        if (await unitOfWork.CommitAsync(cancellationToken) is { IsSuccess: false } refused)
        {
            return refused.Error!;
        }

        await audit.AppendAsync(
            PrivacyAuditActions.ReferralClosed,
            request.SubjectId.ToString(),
            new Dictionary<string, string> { ["request"] = request.Id.ToString(), ["type"] = request.Type.ToString(), ["organisation"] = command.OrganisationId, ["status"] = request.Status.ToString() },
            cancellationToken);
        return await RequestView.LoadAsync(request, requests, clock, cancellationToken);
    }
}
