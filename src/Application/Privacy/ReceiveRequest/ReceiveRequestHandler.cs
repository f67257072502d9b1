using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.CreateRequest;
using Groupus.Application.Privacy.Requests;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Privacy.Requests;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Privacy.ReceiveRequest;

/// <summary>
/// Links the submission to the subject's active request of its type, or adds it as the new active one; should another
/// submission commit first (the unique active key refuses ours), the added request is forgotten so the next attempt
/// starts clean.
/// </summary>
public sealed class ReceiveRequestHandler(
    IDataSubjectRequests requests,
    IDataSubjectRegistry registry,
    IEnumerable<IPersonalDataProvider> providers,
    AuditAfterCommit audit,
    OnRollback onRollback,
    ICurrentUser caller,
    IOptions<PrivacyRequestOptions> options,
    TimeProvider clock) : ICommandHandler<ReceiveRequestCommand, Result<CreatedRequest>>
{
    public async ValueTask<Result<CreatedRequest>> Handle(ReceiveRequestCommand command, CancellationToken cancellationToken)
    {
        var submission = command.Submission;
        var subjectId = Guid.Parse(submission.SubjectId);
        var alsoSubjectIds = (submission.AlsoSubjectIds ?? []).Select(Guid.Parse).Where(id => id != subjectId).Distinct().ToList();
        var named = submission.NamedAs!.Identifiers();
        foreach (var confirmed in alsoSubjectIds.Prepend(subjectId))
        {
            if (!await IsKnownAsync(confirmed, named, cancellationToken))
            {
                return Error.NotFound("Data subject");
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var receivedAt = submission.ReceivedAtUtc ?? now;
        if (await requests.FindActiveAsync(subjectId, submission.Type, cancellationToken) is { } active)
        {
            return await LinkDuplicateAsync(active, receivedAt, submission.Channel, now, cancellationToken);
        }

        var request = DataSubjectRequest.Receive(
            subjectId,
            alsoSubjectIds,
            submission.Type,
            receivedAt,
            submission.Channel,
            [.. named.Select(SubjectQueryInput.ToNamed)],
            submission.Corrections,
            submission.Purposes,
            submission.Notes?.Trim() is { Length: > 0 } notes ? notes : null,
            options.Value.DeadlinePolicy,
            PrivacyActor.Of(caller),
            now);
        requests.Add(request);
        onRollback.Add(() =>
        {
            requests.Forget(request);
            return Task.CompletedTask;
        });
        var details = Details(request, ("channel", submission.Channel));
        if (alsoSubjectIds.Count > 0)
        {
            details["alsoSubjects"] = string.Join(',', alsoSubjectIds);
        }

        audit.Record(PrivacyAuditActions.RequestCreated, subjectId.ToString(), details);
        return new CreatedRequest(await RequestView.LoadAsync(request, requests, clock, cancellationToken), false);
    }

    private async Task<Result<CreatedRequest>> LinkDuplicateAsync(DataSubjectRequest active, DateTime receivedAt, string channel, DateTime now, CancellationToken cancellationToken)
    {
        var duplicate = DuplicateSubmission.Of(active, receivedAt, channel, now);
        requests.AddDuplicate(duplicate);
        audit.Record(PrivacyAuditActions.RequestDuplicate, active.SubjectId.ToString(), Details(active, ("duplicate", duplicate.Id.ToString())));
        return new CreatedRequest(await RequestView.LoadAsync(active, requests, clock, cancellationToken), true);
    }

    private async Task<bool> IsKnownAsync(Guid subjectId, IReadOnlyList<SubjectIdentifier> named, CancellationToken cancellationToken)
    {
        foreach (var identifier in named)
        {
            if ((await registry.FindAsync(identifier, cancellationToken)).Contains(subjectId))
            {
                return true;
            }
        }

        foreach (var provider in providers)
        {
            if ((await provider.FindAsync(new SubjectLookup(subjectId, []), cancellationToken)).Any(h => h.RecordCount > 0))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, string> Details(DataSubjectRequest request, (string Key, string Value) extra) => new()
    {
        ["request"] = request.Id.ToString(),
        ["type"] = request.Type.ToString(),
        [extra.Key] = extra.Value,
    };
}
