using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Canaries;

public sealed class AssemblyNamespaceCanaries
{
    [Fact]
    public void Namespace_rule_catches_types_that_live_outside_their_assemblys_namespace()
    {
        var result = AssemblyNamespaceRule.Check(GroupusAssemblies.Canaries, "Groupus.ArchitectureTests");

        Reports(result, "Groupus.Domain.Visitors.CanaryVisitorHoldingStaffMember", "lives outside Groupus.ArchitectureTests");
        Reports(result, "Groupus.Cli.Canaries.CanaryCliTypeUsingTheApplication", "lives outside Groupus.ArchitectureTests");
        Assert.DoesNotContain(result.ViolatingSubjects, s => s.StartsWith("Groupus.ArchitectureTests.", StringComparison.Ordinal));
    }
}
