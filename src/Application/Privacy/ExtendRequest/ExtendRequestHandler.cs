using System.Globalization;
using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.ExtendRequest;

public sealed class ExtendRequestHandler(RequestChange change) : ICommandHandler<ExtendRequestCommand, Result<RequestView>>
{
    public async ValueTask<Result<RequestView>> Handle(ExtendRequestCommand command, CancellationToken cancellationToken) =>
        await change.ApplyAsync(
            command.RequestId,
            (request, now, actor) => request.Extend(command.Days, command.Reason, now, actor),
            PrivacyAuditActions.RequestExtended,
            request => new Dictionary<string, string>
            {
                ["days"] = command.Days.ToString(CultureInfo.InvariantCulture),
                ["reason"] = AuditDetails.TextGiven,
                ["dueOn"] = request.DueOn?.ToString("O") ?? "",
            },
            cancellationToken);
}
