using System.Reflection;
using Groupus.ArchitectureTests.Support;

namespace Groupus.ArchitectureTests.Rules;

/// <summary>Rule 3a: every Mediator command or query handler is public, sealed, named *Handler and lives in Groupus.Application.</summary>
public static class HandlerRule
{
    public static readonly Type[] HandlerInterfaces =
    [
        typeof(Mediator.ICommandHandler<,>),
        typeof(Mediator.IQueryHandler<,>),
        typeof(Mediator.IStreamCommandHandler<,>),
        typeof(Mediator.IStreamQueryHandler<,>),
    ];

    public static RuleResult Check(IEnumerable<Assembly> assemblies, Assembly applicationAssembly)
    {
        var handlers = TypeScan.HandWrittenTypes(assemblies)
            .Where(t => t.IsClass && HandlerInterfaces.Any(i => TypeScan.Implements(t, i)))
            .ToList();

        var violations = new List<Violation>();
        foreach (var handler in handlers)
        {
            var name = TypeScan.Name(handler);
            if (!handler.IsSealed)
            {
                violations.Add(new(name, "a handler must be sealed"));
            }

            if (!TypeScan.IsPublicTopLevel(handler))
            {
                violations.Add(new(name, "a handler must be public (and not nested)"));
            }

            if (!handler.Name.EndsWith("Handler", StringComparison.Ordinal))
            {
                violations.Add(new(name, "a handler's name must end in Handler"));
            }

            if (handler.Assembly != applicationAssembly)
            {
                violations.Add(new(name, $"a handler must live in {applicationAssembly.GetName().Name}, not {handler.Assembly.GetName().Name}"));
            }
        }

        return new RuleResult(handlers.Select(TypeScan.Name).ToList(), violations);
    }
}
