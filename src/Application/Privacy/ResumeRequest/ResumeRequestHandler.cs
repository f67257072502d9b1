using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.ResumeRequest;

public sealed class ResumeRequestHandler(IDataSubjectRequests requests, IUnitOfWork unitOfWork, IPrivacyAudit audit, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<ResumeRequestCommand, Result<RequestView>>
{
    public async ValueTask<Result<RequestView>> Handle(ResumeRequestCommand command, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(Guid.Parse(command.RequestId), cancellationToken) is not { } request)
        {
            return Error.NotFound("Request");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        request.Resume(now, PrivacyActor.Of(caller));
        if (await unitOfWork.CommitAsync(cancellationToken) is { IsSuccess: false } refused)
        {
            return refused.Error!;
        }

        await audit.AppendAsync(
            PrivacyAuditActions.RequestResumed,
            request.SubjectId.ToString(),
            new Dictionary<string, string> { ["request"] = request.Id.ToString(), ["type"] = request.Type.ToString(), ["dueOn"] = request.DueOn?.ToString("O") ?? "" },
            cancellationToken);
        return await RequestView.LoadAsync(request, requests, clock, cancellationToken);
    }
}
