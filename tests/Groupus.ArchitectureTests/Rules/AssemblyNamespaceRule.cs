using System.Reflection;
using Groupus.ArchitectureTests.Support;

namespace Groupus.ArchitectureTests.Rules;

/// <summary>
/// Every hand-written type in an assembly lives under that assembly's namespace roots. This is what lets the
/// layer and module rules select by namespace: a Domain file declaring <c>namespace Groupus.Core</c> would
/// otherwise escape them. An executable's top-level <c>Program</c> is the only type allowed outside.
/// </summary>
public static class AssemblyNamespaceRule
{
    public static RuleResult Check(Assembly assembly, params string[] roots)
    {
        var types = TypeScan.HandWrittenTypes([assembly]).Where(t => !t.IsNested).ToList();
        var violations = types
            .Where(t => !(t.Namespace is null && t.Name == "Program" && assembly.EntryPoint is not null))
            .Where(t => !roots.Any(root => t.Namespace == root || (t.Namespace?.StartsWith(root + ".", StringComparison.Ordinal) ?? false)))
            .Select(t => new Violation(TypeScan.Name(t), $"lives outside {string.Join(" and ", roots)}, the namespaces of {assembly.GetName().Name}"))
            .ToList();
        return new RuleResult(types.Select(TypeScan.Name).ToList(), violations);
    }
}
