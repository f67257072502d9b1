using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Customers.Organisations.UpdateOrganisation;

public sealed class UpdateOrganisationHandler(IOrganisationRepository organisations, OrganisationScope scope)
    : ICommandHandler<UpdateOrganisationCommand, Result<OrganisationDto>>
{
    public async ValueTask<Result<OrganisationDto>> Handle(UpdateOrganisationCommand command, CancellationToken cancellationToken)
    {
        var id = scope.Resolve(command.OrganisationId);
        if (id.Error is { } refused)
        {
            return refused;
        }

        var organisation = await organisations.GetAsync(id.Value, cancellationToken);
        if (organisation is null)
        {
            return OrganisationScope.NotFoundOrganisation;
        }

        if (command.ExpectedVersion is { } expected && expected != organisation.Version)
        {
            return Error.Concurrency();
        }

        organisation.UpdateDetails(command.LegalName.Trim(), command.CompanyNumber?.Trim().ToUpperInvariant(), command.Industry?.Trim(), command.SizeBand?.Trim());
        organisation.ChangeAddresses(command.BillingAddress?.ToPostalAddress(), command.InstallationAddress?.ToPostalAddress());
        return OrganisationDto.From(organisation);
    }
}
