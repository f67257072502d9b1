using Groupus.ArchitectureTests.Canaries.Planted;
using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Canaries;

public sealed class AggregateRootCanaries
{
    [Fact]
    public void Aggregate_rule_catches_an_unsealed_aggregate_a_public_setter_a_public_init_and_a_public_field()
    {
        var result = AggregateRootRule.Check([GroupusAssemblies.Canaries]);

        FailsNaming(
            result,
            typeof(CanaryUnsealedAggregate),
            typeof(CanaryAggregateWithPublicSetter),
            typeof(CanaryAggregateWithPublicInit),
            typeof(CanaryAggregateWithPublicField));
        Reports(result, typeof(CanaryUnsealedAggregate), "sealed");
        Reports(result, typeof(CanaryAggregateWithPublicSetter), "property Name has a public setter");
        Reports(result, typeof(CanaryAggregateWithPublicInit), "property Name has a public setter");
        Reports(result, typeof(CanaryAggregateWithPublicField), "field Count");
        Assert.Contains(Name(typeof(CanaryWellFormedAggregate)), result.Checked);
    }
}
