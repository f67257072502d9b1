namespace Groupus.FaxGateway.Tests.Service;

/// <summary>
/// Tests that count metrics run alone: a meter is heard by name across the process, so another test's gateway
/// running at the same time would add its calls to the count.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Gateway metrics";
}
