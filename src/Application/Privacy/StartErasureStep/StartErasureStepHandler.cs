using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Requests;
using Groupus.Application.Privacy.RunRequest;
using Mediator;

namespace Groupus.Application.Privacy.StartErasureStep;

/// <summary>Committed before the module erases: a run that dies after the module committed still leaves the count.</summary>
public sealed class StartErasureStepHandler(IDataSubjectRequests requests, RequestStepRunner steps) : ICommandHandler<StartErasureStepCommand, Result>
{
    public async ValueTask<Result> Handle(StartErasureStepCommand command, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(Guid.Parse(command.RequestId), cancellationToken) is not { } request)
        {
            return Error.NotFound("Request");
        }

        var step = request.Steps.Single(s => s.Id == command.StepId);
        request.StartStep(step.Id, step.Attempts == 0 ? await steps.CountHoldingsAsync(step.Module, RequestSubjects.Of(request), cancellationToken) : null);
        return Result.Success();
    }
}
