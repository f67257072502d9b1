using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Groupus.Application.Privacy.RunRequest;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.CheckErasure;

/// <summary>The reopened steps are committed (a success: the check is what happened); the run then refuses to complete.</summary>
public sealed class CheckErasureHandler(IDataSubjectRequests requests, IEnumerable<IPersonalDataProvider> providers, AuditAfterCommit audit)
    : ICommandHandler<CheckErasureCommand, Result<IReadOnlyList<string>>>
{
    public async ValueTask<Result<IReadOnlyList<string>>> Handle(CheckErasureCommand command, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(Guid.Parse(command.RequestId), cancellationToken) is not { } request)
        {
            return Error.NotFound("Request");
        }

        var remaining = await StillHoldingAsync(RequestSubjects.Of(request), cancellationToken);
        if (remaining.Count == 0)
        {
            return Result<IReadOnlyList<string>>.Success(remaining);
        }

        foreach (var step in request.Steps.Where(s => s.Action == RequestStepAction.Erase && remaining.Contains(s.Module)))
        {
            request.ReopenStep(step.Id);
        }

        audit.Record(PrivacyAuditActions.ErasureIncomplete, request.SubjectId.ToString(), RequestAuditDetails.Of(request, ("modules", string.Join(",", remaining))));
        return Result<IReadOnlyList<string>>.Success(remaining);
    }

    private async Task<IReadOnlyList<string>> StillHoldingAsync(IReadOnlyList<SubjectLookup> subjects, CancellationToken cancellationToken)
    {
        var remaining = new List<string>();
        foreach (var provider in providers)
        {
            foreach (var subject in subjects)
            {
                if (await ErasureLeftovers.RemainInAsync(provider, subject, cancellationToken))
                {
                    remaining.Add(provider.Module);
                    break;
                }
            }
        }

        return remaining;
    }
}
