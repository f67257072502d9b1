using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.CertifyErasure;
using Groupus.Application.Privacy.CheckErasure;
using Groupus.Application.Privacy.FinishRequest;
using Groupus.Application.Privacy.PlanRequest;
using Groupus.Application.Privacy.Requests;
using Groupus.Application.Privacy.RunRequestStep;
using Groupus.Application.Privacy.StartErasureStep;
using Groupus.Domain.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.RunRequest;

/// <summary>
/// The process manager of a data-subject request. Each step is a command of its own through the pipeline, with its own
/// commit and audit rows: plan (once), then per pending step (an erasure step journalled first) run and mark done, then
/// for an erasure ask every module again, then finish. A crash between two steps leaves the journal where the next run
/// (or the resumer) carries on; a step that fails to commit because another run saved first stops this run.
/// </summary>
public sealed class RunRequestHandler(ISender sender) : ICommandHandler<RunRequestCommand, Result<RequestView>>
{
    public async ValueTask<Result<RequestView>> Handle(RunRequestCommand command, CancellationToken cancellationToken)
    {
        var requestId = command.RequestId;
        var planned = await sender.Send(new PlanRequestCommand(requestId), cancellationToken);
        if (planned.Error is { } notRunnable)
        {
            return RunRefusal(notRunnable);
        }

        var run = planned.Value;
        if (run.AlreadyFinished)
        {
            if (run.CertificateMissing && (await sender.Send(new CertifyErasureCommand(requestId), cancellationToken)).Error is { } uncertified)
            {
                return RunRefusal(uncertified);
            }

            return run.View;
        }

        foreach (var step in run.PendingSteps)
        {
            if (step.Action == RequestStepAction.Erase && (await sender.Send(new StartErasureStepCommand(requestId, step.Id), cancellationToken)).Error is { } notStarted)
            {
                return RunRefusal(notStarted);
            }

            if ((await sender.Send(new RunRequestStepCommand(requestId, step.Id), cancellationToken)).Error is { } notDone)
            {
                return RunRefusal(notDone);
            }
        }

        if (run.IsErasure)
        {
            var checkedErasure = await sender.Send(new CheckErasureCommand(requestId), cancellationToken);
            if (checkedErasure.Error is { } notChecked)
            {
                return RunRefusal(notChecked);
            }

            var rule = new ErasureIncompleteRule(checkedErasure.Value);
            if (rule.IsBroken())
            {
                return Error.BusinessRule(rule.Code, rule.Message);
            }
        }

        var finished = await sender.Send(new FinishRequestCommand(requestId), cancellationToken);
        if (finished.Error is { } notFinished)
        {
            return RunRefusal(notFinished);
        }

        return finished;
    }

    /// <summary>A step another run of the same request saved first stops here: its run (or the next one) carries on.</summary>
    private static Error RunRefusal(Error error)
    {
        if (error.Kind is not (ErrorKind.Concurrency or ErrorKind.AlreadyExists))
        {
            return error;
        }

        var conflict = new RequestRunConflictRule(error.Message);
        return Error.BusinessRule(conflict.Code, conflict.Message);
    }
}
