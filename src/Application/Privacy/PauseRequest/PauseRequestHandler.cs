using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.PauseRequest;

public sealed class PauseRequestHandler(RequestChange change) : ICommandHandler<PauseRequestCommand, Result<RequestView>>
{
    public async ValueTask<Result<RequestView>> Handle(PauseRequestCommand command, CancellationToken cancellationToken) =>
        await change.ApplyAsync(
            command.RequestId,
            (request, now, actor) => request.WaitForSubject(command.Reason, now, actor),
            PrivacyAuditActions.RequestPaused,
            _ => new Dictionary<string, string> { ["reason"] = AuditDetails.TextGiven },
            cancellationToken);
}
