using Groupus.ArchitectureTests.Canaries.Planted;
using Groupus.ArchitectureTests.Canaries.Planted.Elsewhere;
using Groupus.ArchitectureTests.Rules;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Canaries;

public sealed class ValidatorCanaries
{
    [Fact]
    public void Validator_rule_catches_an_unsealed_a_misnamed_and_a_misplaced_validator()
    {
        var result = ValidatorRule.Check([Support.GroupusAssemblies.Canaries]);

        FailsNaming(result, typeof(CanaryUnsealedValidator), typeof(CanaryPingCommandRules), typeof(CanaryMisplacedValidator));
        Reports(result, typeof(CanaryUnsealedValidator), "sealed");
        Reports(result, typeof(CanaryPingCommandRules), "end in Validator");
        Reports(result, typeof(CanaryMisplacedValidator), "namespace of what it validates");
        Assert.Contains(Name(typeof(CanaryPingCommandValidator)), result.Checked);
    }
}
