namespace Groupus.Domain.Customers.ServiceConfiguration;

public sealed record FeatureFlag(string Name, bool Enabled);
