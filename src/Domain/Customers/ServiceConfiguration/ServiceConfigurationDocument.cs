namespace Groupus.Domain.Customers.ServiceConfiguration;

/// <summary>The set-up a customer chose: the products with their seats, and the feature flags switched on or off.</summary>
public sealed record ServiceConfigurationDocument(IReadOnlyList<ProductSelection> Products, IReadOnlyList<FeatureFlag> FeatureFlags)
{
    public bool Equals(ServiceConfigurationDocument? other) =>
        other is not null && Products.SequenceEqual(other.Products) && FeatureFlags.SequenceEqual(other.FeatureFlags);

    public override int GetHashCode() => HashCode.Combine(Products.Count, FeatureFlags.Count);
}
