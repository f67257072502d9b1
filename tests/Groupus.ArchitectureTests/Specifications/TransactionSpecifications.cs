using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Specifications;

/// <summary>Rule 8: one transaction rule. Canary: <see cref="Canaries.PipelineCommitsCanaries"/>.</summary>
public sealed class TransactionSpecifications
{
    [Fact]
    public void Only_the_pipeline_commits_no_handler_or_helper_takes_the_unit_of_work() =>
        Holds(
            PipelineCommitsRule.Check(GroupusAssemblies.All),
            "Groupus.Application.Privacy.RunRequest.RunRequestHandler",
            "Groupus.Application.Privacy.Requests.RequestChange",
            "Groupus.Application.Identity.Passwords.PasswordLogin");
}
