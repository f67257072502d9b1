using System.Reflection;
using Groupus.ArchitectureTests.Support;

namespace Groupus.ArchitectureTests.Rules;

/// <summary>Rule 3e: every command and query has a handler (a message nobody handles fails only at run time).</summary>
public static class UnhandledMessageRule
{
    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var list = assemblies.ToList();
        var handled = TypeScan.HandWrittenTypes(list)
            .SelectMany(t => HandlerRule.HandlerInterfaces.SelectMany(i => TypeScan.ClosedFormsOf(t, i)))
            .Select(i => TypeScan.Name(i.GetGenericArguments()[0]))
            .ToHashSet(StringComparer.Ordinal);
        var messages = CommandQueryRule.Check(list).Checked;
        var violations = messages
            .Where(m => !handled.Contains(m))
            .Select(m => new Violation(m, "no handler handles this command or query"))
            .ToList();
        return new RuleResult(messages, violations);
    }
}
