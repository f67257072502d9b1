using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.ResumeRequest;

public sealed class ResumeRequestHandler(RequestChange change) : ICommandHandler<ResumeRequestCommand, Result<RequestView>>
{
    public async ValueTask<Result<RequestView>> Handle(ResumeRequestCommand command, CancellationToken cancellationToken) =>
        await change.ApplyAsync(
            command.RequestId,
            (request, now, actor) => request.Resume(now, actor),
            PrivacyAuditActions.RequestResumed,
            request => new Dictionary<string, string> { ["dueOn"] = request.DueOn?.ToString("O") ?? "" },
            cancellationToken);
}
