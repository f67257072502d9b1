using Groupus.Application.Common.Results;
using Groupus.Domain.Customers;
using Mediator;

namespace Groupus.Application.Customers.Organisations.RegisterOrganisation;

public sealed class RegisterOrganisationHandler(IOrganisationRepository organisations, TimeProvider clock)
    : ICommandHandler<RegisterOrganisationCommand, Result<OrganisationDto>>
{
    public ValueTask<Result<OrganisationDto>> Handle(RegisterOrganisationCommand command, CancellationToken cancellationToken)
    {
        var organisation = Organisation.Register(
            command.LegalName.Trim(), command.CompanyNumber?.Trim().ToUpperInvariant(), command.Industry?.Trim(), command.SizeBand?.Trim(), clock.GetUtcNow().UtcDateTime);
        organisation.ChangeAddresses(command.BillingAddress?.ToPostalAddress(), command.InstallationAddress?.ToPostalAddress());
        organisations.Add(organisation);
        return ValueTask.FromResult<Result<OrganisationDto>>(OrganisationDto.From(organisation));
    }
}
