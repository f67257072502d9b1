using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Customers.ServiceConfiguration.GetServiceConfiguration;

/// <summary>The current version (<see cref="Version"/> 0) or a given one. A customer's user may omit the id for their own.</summary>
[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin], StaffRole.Admin, StaffRole.Support, StaffRole.Billing)]
public sealed record GetServiceConfigurationQuery(string? OrganisationId, int Version) : IQuery<Result<ServiceConfigurationDto>>;
