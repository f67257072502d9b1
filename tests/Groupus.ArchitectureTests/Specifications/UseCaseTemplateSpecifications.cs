using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;

namespace Groupus.ArchitectureTests.Specifications;

/// <summary>
/// The `dotnet new groupus-use-case` template (templates/use-case, docs/adding-a-use-case.md) is compiled into this
/// assembly, so it builds against today's application API, and what it generates obeys the same rules as real use cases.
/// </summary>
public sealed class UseCaseTemplateSpecifications
{
    private const string TemplateNamespace = "Groupus.Application.ExampleModule.ExampleUseCase";

    public static TheoryData<string> Rules() => ["commands and queries", "handlers", "validators", "unhandled messages", "application layer"];

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_template_use_case_obeys_the_rules_for_real_use_cases(string rule)
    {
        var result = rule switch
        {
            "commands and queries" => CommandQueryRule.Check([GroupusAssemblies.Canaries]),
            "handlers" => HandlerRule.Check([GroupusAssemblies.Canaries], GroupusAssemblies.Canaries),
            "validators" => ValidatorRule.Check([GroupusAssemblies.Canaries]),
            "unhandled messages" => UnhandledMessageRule.Check([GroupusAssemblies.Canaries]),
            _ => LayerRule.Check([GroupusAssemblies.Canaries], Layer.Application),
        };

        Assert.Contains(result.Checked, c => c.StartsWith(TemplateNamespace, StringComparison.Ordinal));
        Assert.DoesNotContain(result.ViolatingSubjects, s => s.StartsWith(TemplateNamespace, StringComparison.Ordinal));
    }
}
