using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;
using Groupus.Application.Common.Contact;

namespace Groupus.Application.Customers.Organisations.UpdateOrganisation;

/// <summary>Replaces the organisation's details; an address left out is kept as it is.</summary>
[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin], StaffRole.Admin, StaffRole.Support)]
public sealed record UpdateOrganisationCommand(
    string? OrganisationId,
    string LegalName,
    string? CompanyNumber,
    string? Industry,
    string? SizeBand,
    AddressInput? BillingAddress,
    AddressInput? InstallationAddress,
    long? ExpectedVersion) : ICommand<Result<OrganisationDto>>, IOrganisationDetails;
