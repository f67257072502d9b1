using System.Reflection;
using Groupus.Application.Common.Security;
using Groupus.ArchitectureTests.Support;

namespace Groupus.ArchitectureTests.Rules;

/// <summary>
/// Rule 3c: every command and query is a sealed class or record named *Command or *Query, and declares who may
/// send it with exactly one access policy attribute (AuthorizeRoles, AnyStaff, Anonymous, SystemOnly).
/// </summary>
public static class CommandQueryRule
{
    private static readonly Type[] Commands = [typeof(Mediator.IBaseCommand), typeof(Mediator.IBaseStreamCommand)];
    private static readonly Type[] Queries = [typeof(Mediator.IBaseQuery), typeof(Mediator.IBaseStreamQuery)];

    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var messages = TypeScan.HandWrittenTypes(assemblies)
            .Where(t => !t.IsInterface && (IsAny(t, Commands) || IsAny(t, Queries)))
            .ToList();

        var violations = new List<Violation>();
        foreach (var message in messages)
        {
            var name = TypeScan.Name(message);
            if (!message.IsClass)
            {
                violations.Add(new(name, "a command or query must be a class or record, not a struct"));
            }

            if (!message.IsSealed || message.IsAbstract)
            {
                violations.Add(new(name, "a command or query must be sealed"));
            }

            if (IsAny(message, Commands) && IsAny(message, Queries))
            {
                violations.Add(new(name, "a message must be a command or a query, not both"));
            }
            else if (IsAny(message, Commands) && !message.Name.EndsWith("Command", StringComparison.Ordinal))
            {
                violations.Add(new(name, "a command's name must end in Command"));
            }
            else if (IsAny(message, Queries) && !message.Name.EndsWith("Query", StringComparison.Ordinal))
            {
                violations.Add(new(name, "a query's name must end in Query"));
            }

            var policies = message.GetCustomAttributesData()
                .Where(a => typeof(AccessPolicyAttribute).IsAssignableFrom(a.AttributeType))
                .Select(a => a.AttributeType.Name)
                .ToList();
            if (policies.Count != 1)
            {
                violations.Add(new(
                    name,
                    $"a command or query must carry exactly one access policy attribute; it has {policies.Count}{(policies.Count > 0 ? $" ({string.Join(", ", policies)})" : "")}"));
            }
        }

        return new RuleResult(messages.Select(TypeScan.Name).ToList(), violations);
    }

    private static bool IsAny(Type type, Type[] markers) => markers.Any(m => m.IsAssignableFrom(type));
}
