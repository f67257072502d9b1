using Groupus.Domain.Common;

namespace Groupus.ArchitectureTests.Canaries.Planted;

/// <summary>Well-formed: sealed, state changed only through its own methods.</summary>
public sealed class CanaryWellFormedAggregate : AggregateRoot
{
    public string Name { get; private set; } = "";

    public void Rename(string name) => Name = name;
}

public class CanaryUnsealedAggregate : AggregateRoot;

public sealed class CanaryAggregateWithPublicSetter : AggregateRoot
{
    public string Name { get; set; } = "";
}

public sealed class CanaryAggregateWithPublicInit : AggregateRoot
{
    public string Name { get; init; } = "";
}

public sealed class CanaryAggregateWithPublicField : AggregateRoot
{
    public int Count;
}
