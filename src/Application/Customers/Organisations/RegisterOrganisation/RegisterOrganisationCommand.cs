using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;
using Groupus.Application.Common.Contact;

namespace Groupus.Application.Customers.Organisations.RegisterOrganisation;

[AuthorizeRoles(StaffRole.Admin, StaffRole.Support, StaffRole.Billing)]
public sealed record RegisterOrganisationCommand(
    string LegalName,
    string? CompanyNumber,
    string? Industry,
    string? SizeBand,
    AddressInput? BillingAddress,
    AddressInput? InstallationAddress) : ICommand<Result<OrganisationDto>>, IOrganisationDetails;
