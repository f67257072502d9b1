using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Fax.RouteReceivedFax;

public sealed class RouteReceivedFaxHandler(FaxAccess access, TimeProvider clock) : ICommandHandler<RouteReceivedFaxCommand, Result<ReceivedFaxDto>>
{
    public async ValueTask<Result<ReceivedFaxDto>> Handle(RouteReceivedFaxCommand command, CancellationToken cancellationToken)
    {
        var fax = await access.ReceivedAsync(command.FaxId, cancellationToken);
        if (!fax.IsSuccess)
        {
            return fax.Error!;
        }

        fax.Value.Route(Guid.Parse(command.OrganisationId), clock.GetUtcNow().UtcDateTime);
        return ReceivedFaxDto.From(fax.Value);
    }
}
