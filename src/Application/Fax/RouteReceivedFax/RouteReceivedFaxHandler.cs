using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Contracts.Customers;
using Mediator;

namespace Groupus.Application.Fax.RouteReceivedFax;

public sealed class RouteReceivedFaxHandler(FaxAccess access, IOrganisationDirectory organisations, TimeProvider clock) : ICommandHandler<RouteReceivedFaxCommand, Result<ReceivedFaxDto>>
{
    public async ValueTask<Result<ReceivedFaxDto>> Handle(RouteReceivedFaxCommand command, CancellationToken cancellationToken)
    {
        var fax = await access.ReceivedAsync(command.FaxId, cancellationToken);
        if (!fax.IsSuccess)
        {
            return fax.Error!;
        }

        var organisation = Guid.Parse(command.OrganisationId);
        if (!await organisations.IsOpenAsync(organisation, cancellationToken))
        {
            return OrganisationScope.NotFoundOrganisation;
        }

        fax.Value.Route(organisation, clock.GetUtcNow().UtcDateTime);
        return ReceivedFaxDto.From(fax.Value);
    }
}
