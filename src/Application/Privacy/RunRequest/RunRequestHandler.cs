using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy;
using Groupus.Application.Privacy.Holds;
using Groupus.Application.Privacy.Requests;
using Groupus.Contracts.Communications;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;
using Groupus.Domain.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.RunRequest;

/// <summary>
/// Plans the request once (persisted), then runs each pending step and marks it done in a transaction of its own
/// after the module's changes are committed: a crash between the two runs the step again, never skips it. An erasure
/// is checked afterwards by asking every module again; the request completes only when nothing it controls remains.
/// </summary>
public sealed class RunRequestHandler(
    IDataSubjectRequests requests,
    ILegalHolds holds,
    IEnumerable<IPersonalDataProvider> providers,
    RequestStepRunner steps,
    RequestCompletion completion,
    IContactMessages messages,
    IUnitOfWork unitOfWork,
    IPrivacyAudit audit,
    ICurrentUser caller,
    TimeProvider clock) : ICommandHandler<RunRequestCommand, Result<RequestView>>
{
    public async ValueTask<Result<RequestView>> Handle(RunRequestCommand command, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(Guid.Parse(command.RequestId), cancellationToken) is not { } request)
        {
            return Error.NotFound("Request");
        }

        if (request.Status is DataSubjectRequestStatus.Completed or DataSubjectRequestStatus.Referred)
        {
            return await RequestView.LoadAsync(request, requests, clock, cancellationToken);
        }

        var activeHolds = 0;
        foreach (var subjectId in request.SubjectIds)
        {
            activeHolds += await holds.CountActiveAsync(subjectId, cancellationToken);
        }

        request.CheckCanRun(activeHolds);
        var actor = PrivacyActor.Of(caller);
        var subjects = SubjectsOf(request);
        if (!request.IsPlanned)
        {
            await PlanAsync(request, subjects, actor, cancellationToken);
        }

        foreach (var step in request.Steps.Where(s => !s.IsDone).OrderBy(s => s.Order).ToList())
        {
            if (step.Action == RequestStepAction.Erase)
            {
                // Journalled before the module erases: a run that dies after the module committed still leaves the count.
                request.StartStep(step.Id, step.Attempts == 0 ? await steps.CountHoldingsAsync(step.Module, subjects, cancellationToken) : null);
                await CommitAsync(cancellationToken);
            }

            var (contentId, outcome) = await steps.RunAsync(request, step, subjects, cancellationToken);
            await CommitAsync(cancellationToken);
            request.MarkStepDone(step.Id, clock.GetUtcNow().UtcDateTime, contentId, outcome);
            await CommitAsync(cancellationToken);
            await AuditAsync(PrivacyAuditActions.StepDone, request, cancellationToken, ("module", step.Module), ("action", step.Action.ToString()), ("order", step.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (request.Type == DataSubjectRequestType.Erasure && await StillHoldingAsync(subjects, cancellationToken) is { Count: > 0 } remaining)
        {
            foreach (var step in request.Steps.Where(s => s.Action == RequestStepAction.Erase && remaining.Contains(s.Module)))
            {
                request.ReopenStep(step.Id);
            }

            await CommitAsync(cancellationToken);
            await AuditAsync(PrivacyAuditActions.ErasureIncomplete, request, cancellationToken, ("modules", string.Join(",", remaining)));
            var rule = new ErasureIncompleteRule(remaining);
            return Error.BusinessRule(rule.Code, rule.Message);
        }

        if (request.Type is DataSubjectRequestType.Access or DataSubjectRequestType.Portability)
        {
            await steps.DiscardIntermediateExportsAsync(request, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        request.FinishSteps(now, actor);
        if (request.Status == DataSubjectRequestStatus.Completed)
        {
            await completion.RecordAsync(request, now, cancellationToken);
        }

        await CommitAsync(cancellationToken);
        return await RequestView.LoadAsync(request, requests, clock, cancellationToken);
    }

    /// <summary>Every subject the request covers, each with the identifiers the request named (for data kept under an identifier only).</summary>
    private static IReadOnlyList<SubjectLookup> SubjectsOf(DataSubjectRequest request)
    {
        IReadOnlyList<SubjectIdentifier> named = [.. request.NamedAs.Select(SubjectQueryInput.FromNamed).OfType<SubjectIdentifier>()];
        return [.. request.SubjectIds.Select((id, n) => new SubjectLookup(id, n == 0 ? named : []))];
    }

    private async Task PlanAsync(DataSubjectRequest request, IReadOnlyList<SubjectLookup> subjects, string actor, CancellationToken cancellationToken)
    {
        var holdings = new List<PersonalDataHolding>();
        foreach (var provider in providers)
        {
            foreach (var subject in subjects)
            {
                holdings.AddRange(await provider.FindAsync(subject, cancellationToken));
            }
        }

        var referrals = RequestPlanner.Referrals(holdings);
        var modules = providers.Select(p => p.Module).Distinct().Order(StringComparer.Ordinal).ToList();
        request.Plan(RequestPlanner.Steps(request.Type, modules), referrals, clock.GetUtcNow().UtcDateTime, actor);
        await CommitAsync(cancellationToken);
        await AuditAsync(PrivacyAuditActions.RequestPlanned, request, cancellationToken, ("steps", request.Steps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("referrals", referrals.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var referral in request.Referrals)
        {
            await messages.NotifyOrganisationAsync(
                referral.OrganisationId,
                "A data-subject request about data you control",
                $"We received a {request.Type.ToString().ToLowerInvariant()} request (reference {request.Id}) from a person whose data we process on your behalf "
                + $"({referral.RecordCount} record(s): {referral.RecordType}). As the controller of this data, please answer it and tell us the outcome.",
                cancellationToken);
            await AuditAsync(PrivacyAuditActions.RequestReferred, request, cancellationToken, ("organisation", referral.OrganisationId.ToString()), ("records", referral.RecordCount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        await CommitAsync(cancellationToken);
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

    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        var committed = await unitOfWork.CommitAsync(cancellationToken);
        if (!committed.IsSuccess)
        {
            // A concurrent run of the same request got there first: stop here; its run (or the next one) carries on.
            throw new BusinessRuleBrokenException(new RequestRunConflictRule(committed.Error!.Message));
        }
    }

    private Task AuditAsync(string action, DataSubjectRequest request, CancellationToken cancellationToken, params (string Key, string Value)[] details)
    {
        var all = new Dictionary<string, string> { ["request"] = request.Id.ToString(), ["type"] = request.Type.ToString() };
        foreach (var (key, value) in details)
        {
            all[key] = value;
        }

        return audit.AppendAsync(action, request.SubjectId.ToString(), all, cancellationToken);
    }
}
