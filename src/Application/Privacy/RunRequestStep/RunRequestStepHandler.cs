using System.Globalization;
using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Groupus.Application.Privacy.RunRequest;
using Mediator;

namespace Groupus.Application.Privacy.RunRequestStep;

/// <summary>
/// The module does the step's work (a module's provider commits its own changes), then the step is marked done with
/// what the privacy module itself stored for it (a package), in one commit: a crash in between runs the step again,
/// never skips it.
/// </summary>
public sealed class RunRequestStepHandler(IDataSubjectRequests requests, RequestStepRunner steps, AuditAfterCommit audit, TimeProvider clock)
    : ICommandHandler<RunRequestStepCommand, Result>
{
    public async ValueTask<Result> Handle(RunRequestStepCommand command, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(Guid.Parse(command.RequestId), cancellationToken) is not { } request)
        {
            return Error.NotFound("Request");
        }

        var step = request.Steps.Single(s => s.Id == command.StepId);
        var (contentId, outcome) = await steps.RunAsync(request, step, RequestSubjects.Of(request), cancellationToken);
        request.MarkStepDone(step.Id, clock.GetUtcNow().UtcDateTime, contentId, outcome);
        audit.Record(
            PrivacyAuditActions.StepDone,
            request.SubjectId.ToString(),
            RequestAuditDetails.Of(request, ("module", step.Module), ("action", step.Action.ToString()), ("order", step.Order.ToString(CultureInfo.InvariantCulture))));
        return Result.Success();
    }
}
