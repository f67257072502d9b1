using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.PauseRequest;

public sealed class PauseRequestHandler(IDataSubjectRequests requests, IUnitOfWork unitOfWork, IPrivacyAudit audit, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<PauseRequestCommand, Result<RequestView>>
{
    public async ValueTask<Result<RequestView>> Handle(PauseRequestCommand command, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(Guid.Parse(command.RequestId), cancellationToken) is not { } request)
        {
            return Error.NotFound("Request");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        request.WaitForSubject(command.Reason, now, PrivacyActor.Of(caller));
        if (await unitOfWork.CommitAsync(cancellationToken) is { IsSuccess: false } refused)
        {
            return refused.Error!;
        }

        await audit.AppendAsync(
            PrivacyAuditActions.RequestPaused,
            request.SubjectId.ToString(),
            new Dictionary<string, string> { ["request"] = request.Id.ToString(), ["type"] = request.Type.ToString(), ["reason"] = command.Reason!.Trim() },
            cancellationToken);
        return await RequestView.LoadAsync(request, requests, clock, cancellationToken);
    }
}
