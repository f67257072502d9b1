using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Groupus.Application.Privacy.RunRequest;
using Groupus.Domain.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.FinishRequest;

/// <summary>An export's per-module files go once its package is stored; a completed request is recorded (<see cref="RequestCompletion"/>).</summary>
public sealed class FinishRequestHandler(
    IDataSubjectRequests requests,
    RequestStepRunner steps,
    RequestCompletion completion,
    ICurrentUser caller,
    TimeProvider clock) : ICommandHandler<FinishRequestCommand, Result<RequestView>>
{
    public async ValueTask<Result<RequestView>> Handle(FinishRequestCommand command, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(Guid.Parse(command.RequestId), cancellationToken) is not { } request)
        {
            return Error.NotFound("Request");
        }

        if (request.Type is DataSubjectRequestType.Access or DataSubjectRequestType.Portability)
        {
            await steps.DiscardIntermediateExportsAsync(request, cancellationToken);
        }

        request.FinishSteps(clock.GetUtcNow().UtcDateTime, PrivacyActor.Of(caller));
        if (request.Status == DataSubjectRequestStatus.Completed)
        {
            completion.Record(request);
        }

        return await RequestView.LoadAsync(request, requests, clock, cancellationToken);
    }
}
