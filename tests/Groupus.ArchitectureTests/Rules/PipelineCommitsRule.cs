using System.Reflection;
using Groupus.Application.Common.Behaviours;
using Groupus.Application.Common.Persistence;
using Groupus.ArchitectureTests.Support;

namespace Groupus.ArchitectureTests.Rules;

/// <summary>
/// Rule 8: the pipeline commits. No type but the unit of work behaviour (and implementations of the unit of work
/// themselves) may take <see cref="IUnitOfWork"/>: a handler, or a helper it calls, that committed by hand would split
/// a command into transactions the pipeline knows nothing about (ADR 0044). Constructor parameters, fields and
/// properties are judged; that is how a dependency arrives.
/// </summary>
public static class PipelineCommitsRule
{
    private const BindingFlags Members = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var types = TypeScan.HandWrittenTypes(assemblies)
            .Where(t => t.IsClass && !typeof(IUnitOfWork).IsAssignableFrom(t) && !IsTheBehaviour(t))
            .ToList();

        var violations = new List<Violation>();
        foreach (var type in types)
        {
            var takes = type.GetConstructors(Members).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType)
                .Concat(type.GetFields(Members).Select(f => f.FieldType))
                .Concat(type.GetProperties(Members).Select(p => p.PropertyType));
            if (takes.Any(t => t == typeof(IUnitOfWork)))
            {
                violations.Add(new(TypeScan.Name(type), "only the unit of work behaviour commits: a type that takes IUnitOfWork commits by hand (leave the commit to the pipeline)"));
            }
        }

        return new RuleResult(types.Select(TypeScan.Name).ToList(), violations);
    }

    private static bool IsTheBehaviour(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(UnitOfWorkBehaviour<,>);
}
