using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.CloseReferral;

/// <summary>
/// Closing the last referral completes the request the same way its last step would: the completion audit row, and
/// for an erasure the certificate and the request forgetting the person's identifiers, once the change is committed.
/// </summary>
public sealed class CloseReferralHandler(
    IDataSubjectRequests requests,
    RequestCompletion completion,
    AuditAfterCommit audit,
    ICurrentUser caller,
    TimeProvider clock) : ICommandHandler<CloseReferralCommand, Result<RequestView>>
{
    public async ValueTask<Result<RequestView>> Handle(CloseReferralCommand command, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(Guid.Parse(command.RequestId), cancellationToken) is not { } request)
        {
            return Error.NotFound("Request");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        request.CloseReferral(Guid.Parse(command.OrganisationId), command.Outcome!, now, PrivacyActor.Of(caller));
        audit.Record(
            PrivacyAuditActions.ReferralClosed,
            request.SubjectId.ToString(),
            new Dictionary<string, string>
            {
                ["request"] = request.Id.ToString(),
                ["type"] = request.Type.ToString(),
                ["organisation"] = command.OrganisationId,
                ["status"] = request.Status.ToString(),
            });
        if (request.Status == DataSubjectRequestStatus.Completed)
        {
            completion.Record(request);
        }

        return await RequestView.LoadAsync(request, requests, clock, cancellationToken);
    }
}
