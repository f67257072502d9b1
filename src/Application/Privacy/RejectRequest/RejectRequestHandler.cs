using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.RejectRequest;

public sealed class RejectRequestHandler(RequestChange change) : ICommandHandler<RejectRequestCommand, Result<RequestView>>
{
    public async ValueTask<Result<RequestView>> Handle(RejectRequestCommand command, CancellationToken cancellationToken) =>
        await change.ApplyAsync(
            command.RequestId,
            (request, now, actor) => request.Reject(command.Reason, now, actor),
            PrivacyAuditActions.RequestRejected,
            _ => new Dictionary<string, string> { ["reason"] = AuditDetails.TextGiven },
            cancellationToken);
}
