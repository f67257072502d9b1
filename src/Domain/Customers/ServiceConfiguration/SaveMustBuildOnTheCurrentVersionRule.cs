using Groupus.Domain.Common;

namespace Groupus.Domain.Customers.ServiceConfiguration;

/// <summary>A save names the version it was edited from; saving over someone else's newer version would lose their change.</summary>
public sealed class SaveMustBuildOnTheCurrentVersionRule(int baseVersion, int currentVersion) : IBusinessRule
{
    public string Code => "SERVICE_CONFIGURATION_VERSION_STALE";

    public string Message => $"The configuration was edited from version {baseVersion} but the current version is {currentVersion}.";

    public bool IsBroken() => baseVersion != currentVersion;
}
