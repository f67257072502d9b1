using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Customers.ServiceConfiguration;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Customers.ServiceConfiguration.SaveServiceConfiguration;

/// <summary>
/// Saves a new version of an organisation's service configuration, edited from <see cref="BaseVersion"/> (0 for the
/// first). A stale base version is refused as a concurrent change. Staff only: the configuration drives billing and
/// provisioning, so customers ask their account team for changes (they may read it).
/// </summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Support, StaffRole.Billing)]
public sealed record SaveServiceConfigurationCommand(
    string OrganisationId, int BaseVersion, IReadOnlyList<ProductSelection> Products, IReadOnlyList<FeatureFlag> FeatureFlags)
    : ICommand<Result<ServiceConfigurationDto>>
{
    public const int MaxProducts = 50;
    public const int MaxFeatureFlags = 100;
    public const int MaxSeats = 100_000;
}
