using System.Reflection;
using Groupus.ArchitectureTests.Support;
using Groupus.Domain.Common;

namespace Groupus.ArchitectureTests.Rules;

/// <summary>
/// Rule 4: every concrete aggregate is sealed (an abstract base that aggregates share, such as PasswordAccount,
/// is allowed) and can be changed only through its own methods: no public setter (init included, declared or
/// inherited) and no public writable field.
/// </summary>
public static class AggregateRootRule
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var aggregates = TypeScan.HandWrittenTypes(assemblies)
            .Where(t => t.IsClass && typeof(AggregateRoot).IsAssignableFrom(t) && t != typeof(AggregateRoot))
            .ToList();

        var violations = new List<Violation>();
        foreach (var aggregate in aggregates)
        {
            var name = TypeScan.Name(aggregate);
            if (!aggregate.IsSealed && !aggregate.IsAbstract)
            {
                violations.Add(new(name, "an aggregate root must be sealed"));
            }

            foreach (var property in aggregate.GetProperties(Everything).Where(p => p.SetMethod?.IsPublic == true))
            {
                violations.Add(new(name, $"property {property.Name} has a public setter"));
            }

            foreach (var field in aggregate.GetFields(Everything).Where(f => f.IsPublic && !f.IsInitOnly && !f.IsLiteral))
            {
                violations.Add(new(name, $"field {field.Name} is public and writable"));
            }
        }

        return new RuleResult(aggregates.Select(TypeScan.Name).ToList(), violations);
    }
}
