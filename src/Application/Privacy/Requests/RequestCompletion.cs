using Groupus.Application.Common.Persistence;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.CertifyErasure;
using Groupus.Domain.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.Requests;

/// <summary>
/// What follows once a request is completed, whichever way it got there (its last step, or the last referral closed),
/// after the completion is committed: the completion audit row; for an erasure then the certificate tied to that row,
/// with the request forgetting the identifiers and notes it held about the person (<see cref="CertifyErasureCommand"/>,
/// committed on its own; should it not run, running the request again issues it).
/// </summary>
public sealed class RequestCompletion(AuditAfterCommit audit, AfterCommit afterCommit, ISender sender)
{
    public void Record(DataSubjectRequest request)
    {
        audit.Record(
            PrivacyAuditActions.RequestCompleted,
            request.SubjectId.ToString(),
            new Dictionary<string, string> { ["request"] = request.Id.ToString(), ["type"] = request.Type.ToString() });
        if (request.Type != DataSubjectRequestType.Erasure)
        {
            return;
        }

        var requestId = request.Id.ToString();
        afterCommit.Add(async () =>
        {
            var certified = await sender.Send(new CertifyErasureCommand(requestId), CancellationToken.None);
            if (certified.Error is { } error)
            {
                throw new InvalidOperationException($"The erasure certificate of request {requestId} was not issued ({error.Code}); run the request again to issue it.");
            }
        });
    }
}
