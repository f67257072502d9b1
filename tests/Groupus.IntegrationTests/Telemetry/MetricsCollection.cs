namespace Groupus.IntegrationTests.Telemetry;

/// <summary>
/// Tests that count metrics run alone: a meter is heard by name across the process, so another test's server
/// running at the same time would add its faxes and gateways to the figures.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Metrics";
}
