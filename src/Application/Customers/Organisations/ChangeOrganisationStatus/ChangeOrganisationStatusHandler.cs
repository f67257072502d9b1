using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Customers.Organisations.ChangeOrganisationStatus;

public sealed class ChangeOrganisationStatusHandler(IOrganisationRepository organisations)
    : ICommandHandler<ChangeOrganisationStatusCommand, Result<OrganisationDto>>
{
    public async ValueTask<Result<OrganisationDto>> Handle(ChangeOrganisationStatusCommand command, CancellationToken cancellationToken)
    {
        var organisation = await organisations.GetAsync(Guid.Parse(command.OrganisationId), cancellationToken);
        if (organisation is null)
        {
            return OrganisationScope.NotFoundOrganisation;
        }

        organisation.ChangeStatus(command.Status!.Value, command.Reason?.Trim());
        return OrganisationDto.From(organisation);
    }
}
