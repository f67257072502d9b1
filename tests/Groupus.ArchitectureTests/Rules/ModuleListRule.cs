using System.Reflection;
using System.Text.RegularExpressions;
using Groupus.ArchitectureTests.Support;

namespace Groupus.ArchitectureTests.Rules;

/// <summary>
/// Every <c>Groupus.&lt;Layer&gt;.&lt;X&gt;</c> namespace is a module we know of or a shared kernel, so a new module
/// cannot arrive without being added to <see cref="Modules.All"/> and so falling under the boundary rules.
/// </summary>
public static partial class ModuleListRule
{
    public static RuleResult Check(IEnumerable<Assembly> assemblies, IReadOnlyCollection<string> modules)
    {
        var namespaces = TypeScan.HandWrittenTypes(assemblies)
            .Select(t => t.Namespace)
            .OfType<string>()
            .Select(ns => SecondLevel().Match(ns))
            .Where(m => m.Success)
            .Select(m => (Namespace: m.Value, Name: m.Groups["name"].Value))
            .Distinct()
            .ToList();

        var violations = namespaces
            .Where(n => !modules.Contains(n.Name) && !Modules.SharedKernels.Contains(n.Namespace))
            .Select(n => new Violation(n.Namespace, $"is neither a module in {nameof(Modules)}.{nameof(Modules.All)} nor a shared kernel in {nameof(Modules)}.{nameof(Modules.SharedKernels)}"))
            .ToList();

        return new RuleResult(namespaces.Select(n => n.Namespace).Order(StringComparer.Ordinal).ToList(), violations);
    }

    [GeneratedRegex(@"^Groupus\.(Domain|Application|Infrastructure|Api|Contracts|Migrations\.Sqlite|Migrations\.SqlServer)\.(?<name>[^.]+)", RegexOptions.CultureInvariant)]
    private static partial Regex SecondLevel();
}
