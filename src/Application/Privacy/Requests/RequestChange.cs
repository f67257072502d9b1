using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.Requests;

/// <summary>
/// What every staff action on a request does around its one domain call: load the request (NotFound), apply the change
/// as the caller at the clock's now (a broken rule comes back as FailedPrecondition), record the audit row with the
/// request, its type and the action's details (written once the pipeline has committed; a concurrent change: Aborted,
/// and no row), and answer with the request.
/// </summary>
public sealed class RequestChange(IDataSubjectRequests requests, AuditAfterCommit audit, ICurrentUser caller, TimeProvider clock)
{
    public delegate void Change(DataSubjectRequest request, DateTime nowUtc, string actor);

    public async Task<Result<RequestView>> ApplyAsync(
        string requestId,
        Change change,
        string auditAction,
        Func<DataSubjectRequest, IReadOnlyDictionary<string, string>> auditDetails,
        CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(Guid.Parse(requestId), cancellationToken) is not { } request)
        {
            return Error.NotFound("Request");
        }

        change(request, clock.GetUtcNow().UtcDateTime, PrivacyActor.Of(caller));
        var details = new Dictionary<string, string>(auditDetails(request)) { ["request"] = request.Id.ToString(), ["type"] = request.Type.ToString() };
        audit.Record(auditAction, request.SubjectId.ToString(), details);
        return await RequestView.LoadAsync(request, requests, clock, cancellationToken);
    }
}
