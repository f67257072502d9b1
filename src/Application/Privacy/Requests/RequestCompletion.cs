using Groupus.Application.Privacy.Audit;
using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.Requests;

/// <summary>
/// What follows once a request is completed, whichever way it got there (its last step, or the last referral closed):
/// the completion audit row; for an erasure, the certificate tied to that row, and the request forgets the identifiers
/// and notes it held about the person. The caller commits.
/// </summary>
public sealed class RequestCompletion(IDataSubjectRequests requests, ISubjectKeyVault keys, IPrivacyAudit audit, IPrivacyAuditTrail trail)
{
    public async Task RecordAsync(DataSubjectRequest request, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(
            PrivacyAuditActions.RequestCompleted,
            request.SubjectId.ToString(),
            new Dictionary<string, string> { ["request"] = request.Id.ToString(), ["type"] = request.Type.ToString() },
            cancellationToken);
        if (request.Type != DataSubjectRequestType.Erasure)
        {
            return;
        }

        var closing = await trail.FindLatestAsync(PrivacyAuditActions.RequestCompleted, request.Id.ToString(), cancellationToken);
        var destroyed = true;
        foreach (var subjectId in request.SubjectIds)
        {
            destroyed &= await keys.StateOfAsync(subjectId, cancellationToken) == SubjectKeyState.Erased;
        }

        requests.AddCertificate(ErasureCertificate.Issue(
            request.Id,
            request.SubjectId,
            nowUtc,
            ErasureCertificateLines.Of(request),
            destroyed,
            closing?.Sequence ?? 0,
            closing?.Hash ?? ""));
        request.ForgetPersonalDetails();
    }
}
