using Groupus.ArchitectureTests.Canaries.Planted;
using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Canaries;

public sealed class PipelineCommitsCanaries
{
    [Fact]
    public void Pipeline_commits_rule_catches_a_handler_and_a_helper_that_take_the_unit_of_work()
    {
        var result = PipelineCommitsRule.Check([GroupusAssemblies.Canaries]);

        FailsNaming(result, typeof(CanaryCommitByHandHandler), typeof(CanaryCommittingHelper));
        Reports(result, typeof(CanaryCommitByHandHandler), "only the unit of work behaviour commits");
    }
}
