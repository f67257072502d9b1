using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Customers.ServiceConfiguration.ListServiceConfigurationVersions;

/// <summary>Every saved version, newest first, with who saved it and when. A customer's user may omit the id for their own.</summary>
[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin], StaffRole.Admin, StaffRole.Support, StaffRole.Billing)]
public sealed record ListServiceConfigurationVersionsQuery(string? OrganisationId) : IQuery<Result<IReadOnlyList<ServiceConfigurationDto>>>;
