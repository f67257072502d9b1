using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.CloseReferral;

public sealed class CloseReferralHandler(RequestChange change) : ICommandHandler<CloseReferralCommand, Result<RequestView>>
{
    public async ValueTask<Result<RequestView>> Handle(CloseReferralCommand command, CancellationToken cancellationToken) =>
        await change.ApplyAsync(
            command.RequestId,
            (request, now, actor) => request.CloseReferral(Guid.Parse(command.OrganisationId), command.Outcome!, now, actor),
            PrivacyAuditActions.ReferralClosed,
            request => new Dictionary<string, string> { ["organisation"] = command.OrganisationId, ["status"] = request.Status.ToString() },
            cancellationToken);
}
