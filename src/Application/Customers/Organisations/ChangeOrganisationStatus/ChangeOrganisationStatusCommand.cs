using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Customers;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Customers.Organisations.ChangeOrganisationStatus;

[AuthorizeRoles(StaffRole.Admin, StaffRole.Billing)]
public sealed record ChangeOrganisationStatusCommand(string OrganisationId, OrganisationStatus? Status, string? Reason) : ICommand<Result<OrganisationDto>>;
