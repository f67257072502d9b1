using System.Reflection;
using Groupus.ArchitectureTests.Support;
using NetArchTest.Rules;

namespace Groupus.ArchitectureTests.Rules;

/// <summary>
/// Nothing that ships uses test support: the modem emulator and the shared test helpers (tests/Groupus.TestSupport) live
/// under tests/ and only tests may use them.
/// </summary>
public static class TestSupportRule
{
    /// <summary>The namespaces of test support (tests/Groupus.FaxGateway.Emulation, tests/Groupus.TestSupport).</summary>
    public static IReadOnlyList<string> TestSupportNamespaces { get; } = ["Groupus.FaxGateway.Emulation", "Groupus.TestSupport"];

    public static RuleResult Check(IEnumerable<Assembly> assemblies) =>
        NetArchTestResults.ToRuleResult(
            Types.InAssemblies(assemblies).That().DoNotResideInNamespaceMatching(@"^Groupus\.(FaxGateway\.Emulation|TestSupport)(\.|$)"),
            selection => selection.ShouldNot().HaveDependencyOnAny([.. TestSupportNamespaces]),
            $"uses test support ({string.Join(", ", TestSupportNamespaces)}), which must not ship");
}
