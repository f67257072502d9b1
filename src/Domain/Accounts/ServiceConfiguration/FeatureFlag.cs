namespace Groupus.Domain.Accounts.ServiceConfiguration;

public sealed record FeatureFlag(string Name, bool Enabled);
