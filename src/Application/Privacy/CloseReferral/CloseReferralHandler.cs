using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.CloseReferral;

/// <summary>
/// Closing the last referral completes the request the same way its last step would: the completion audit row, and
/// for an erasure the certificate and the request forgetting the person's identifiers, committed with the change.
/// </summary>
public sealed class CloseReferralHandler(
    IDataSubjectRequests requests,
    RequestCompletion completion,
    IUnitOfWork unitOfWork,
    IPrivacyAudit audit,
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
        await audit.AppendAsync(
            PrivacyAuditActions.ReferralClosed,
            request.SubjectId.ToString(),
            new Dictionary<string, string>
            {
                ["request"] = request.Id.ToString(),
                ["type"] = request.Type.ToString(),
                ["organisation"] = command.OrganisationId,
                ["status"] = request.Status.ToString(),
            },
            cancellationToken);
        if (request.Status == DataSubjectRequestStatus.Completed)
        {
            await completion.RecordAsync(request, now, cancellationToken);
        }

        if (await unitOfWork.CommitAsync(cancellationToken) is { IsSuccess: false } refused)
        {
            return refused.Error!;
        }

        return await RequestView.LoadAsync(request, requests, clock, cancellationToken);
    }
}
