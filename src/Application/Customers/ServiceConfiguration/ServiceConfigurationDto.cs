using Groupus.Domain.Customers.ServiceConfiguration;

namespace Groupus.Application.Customers.ServiceConfiguration;

public sealed record ServiceConfigurationDto(
    Guid OrganisationId, int Version, IReadOnlyList<ProductSelection> Products, IReadOnlyList<FeatureFlag> FeatureFlags,
    Guid SavedById, string SavedByUsername, DateTime SavedAtUtc)
{
    public static ServiceConfigurationDto From(ServiceConfigurationVersion v) =>
        new(v.OrganisationId, v.Number, v.Document.Products, v.Document.FeatureFlags, v.SavedById, v.SavedByUsername, v.SavedAtUtc);
}
