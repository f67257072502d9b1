using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Privacy.Requests;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Privacy.CreateRequest;

/// <summary>
/// One active request per subject and type is kept by the database (a unique key set while the request is open): of
/// many simultaneous submissions one insert wins, and every other one is recorded as a duplicate linked to it.
/// </summary>
public sealed class CreateRequestHandler(
    IDataSubjectRequests requests,
    IDataSubjectRegistry registry,
    IEnumerable<IPersonalDataProvider> providers,
    IUnitOfWork unitOfWork,
    IPrivacyAudit audit,
    ICurrentUser caller,
    IOptions<PrivacyRequestOptions> options,
    TimeProvider clock) : ICommandHandler<CreateRequestCommand, Result<CreatedRequest>>
{
    private const int MaxAttempts = 5;

    public async ValueTask<Result<CreatedRequest>> Handle(CreateRequestCommand command, CancellationToken cancellationToken)
    {
        var subjectId = Guid.Parse(command.SubjectId);
        var alsoSubjectIds = (command.AlsoSubjectIds ?? []).Select(Guid.Parse).Where(id => id != subjectId).Distinct().ToList();
        var named = command.NamedAs!.Identifiers();
        foreach (var confirmed in alsoSubjectIds.Prepend(subjectId))
        {
            if (!await IsKnownAsync(confirmed, named, cancellationToken))
            {
                return Error.NotFound("Data subject");
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var receivedAt = command.ReceivedAtUtc ?? now;
        var actor = PrivacyActor.Of(caller);
        for (var attempt = 1; ; attempt++)
        {
            if (await requests.FindActiveAsync(subjectId, command.Type, cancellationToken) is { } active)
            {
                return await LinkDuplicateAsync(active, receivedAt, command.Channel, now, cancellationToken);
            }

            var request = DataSubjectRequest.Receive(
                subjectId,
                alsoSubjectIds,
                command.Type,
                receivedAt,
                command.Channel,
                [.. named.Select(SubjectQueryInput.ToNamed)],
                command.Corrections,
                command.Purposes,
                command.Notes?.Trim() is { Length: > 0 } notes ? notes : null,
                options.Value.DeadlinePolicy,
                actor,
                now);
            requests.Add(request);
            var committed = await unitOfWork.CommitAsync(cancellationToken);
            if (committed.IsSuccess)
            {
                var details = Details(request, ("channel", command.Channel));
                if (alsoSubjectIds.Count > 0)
                {
                    details["alsoSubjects"] = string.Join(',', alsoSubjectIds);
                }

                await audit.AppendAsync(PrivacyAuditActions.RequestCreated, subjectId.ToString(), details, cancellationToken);
                return new CreatedRequest(await RequestView.LoadAsync(request, requests, clock, cancellationToken), false);
            }

            requests.Forget(request);
            if (committed.Error!.Kind != ErrorKind.AlreadyExists || attempt == MaxAttempts)
            {
                return committed.Error;
            }

            // Another submission became the active request between our look and our insert: link to it.
        }
    }

    private async Task<Result<CreatedRequest>> LinkDuplicateAsync(DataSubjectRequest active, DateTime receivedAt, string channel, DateTime now, CancellationToken cancellationToken)
    {
        var duplicate = DuplicateSubmission.Of(active, receivedAt, channel, now);
        requests.AddDuplicate(duplicate);
        var committed = await unitOfWork.CommitAsync(cancellationToken);
        if (!committed.IsSuccess)
        {
            return committed.Error!;
        }

        await audit.AppendAsync(PrivacyAuditActions.RequestDuplicate, active.SubjectId.ToString(), Details(active, ("duplicate", duplicate.Id.ToString())), cancellationToken);
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
