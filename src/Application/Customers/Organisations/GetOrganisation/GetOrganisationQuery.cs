using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Customers.Organisations.GetOrganisation;

/// <summary>A customer's user may omit the id to get their own organisation.</summary>
[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin, OrganisationRole.Member], StaffRole.Admin, StaffRole.Support, StaffRole.Billing)]
public sealed record GetOrganisationQuery(string? OrganisationId) : IQuery<Result<OrganisationDto>>;
