using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.Requests;

/// <summary>
/// What every staff action on a request does around its one domain call: load the request (NotFound), apply the change
/// as the caller at the clock's now (a broken rule comes back as FailedPrecondition), commit (a concurrent change:
/// Aborted), write the audit row with the request, its type and the action's details, and answer with the request.
/// </summary>
public sealed class RequestChange(IDataSubjectRequests requests, IUnitOfWork unitOfWork, IPrivacyAudit audit, ICurrentUser caller, TimeProvider clock)
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
        if (await unitOfWork.CommitAsync(cancellationToken) is { IsSuccess: false } refused)
        {
            return refused.Error!;
        }

        var details = new Dictionary<string, string>(auditDetails(request)) { ["request"] = request.Id.ToString(), ["type"] = request.Type.ToString() };
        await audit.AppendAsync(auditAction, request.SubjectId.ToString(), details, cancellationToken);
        return await RequestView.LoadAsync(request, requests, clock, cancellationToken);
    }
}
