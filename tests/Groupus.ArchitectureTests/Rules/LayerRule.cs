using System.Reflection;
using Groupus.ArchitectureTests.Support;
using NetArchTest.Rules;

namespace Groupus.ArchitectureTests.Rules;

/// <summary>Rule 1: a layer's types depend on none of the namespaces the layer forbids.</summary>
public static class LayerRule
{
    public static RuleResult Check(IEnumerable<Assembly> assemblies, Layer layer) =>
        NetArchTestResults.ToRuleResult(
            Types.InAssemblies(assemblies).That().ResideInNamespaceMatching(layer.NamespacePattern),
            selection => selection.ShouldNot().HaveDependencyOnAny([.. layer.Forbidden]),
            $"the {layer.Name} layer depends on one of: {string.Join(", ", layer.Forbidden)}");
}
