using System.Reflection;
using Groupus.Application.Common.Messaging;
using Groupus.ArchitectureTests.Support;

namespace Groupus.ArchitectureTests.Rules;

/// <summary>Rule 3d: every integration-event handler is sealed.</summary>
public static class IntegrationEventHandlerRule
{
    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var handlers = TypeScan.HandWrittenTypes(assemblies)
            .Where(t => t.IsClass && TypeScan.Implements(t, typeof(IIntegrationEventHandler<>)))
            .ToList();

        var violations = handlers
            .Where(h => !h.IsSealed)
            .Select(h => new Violation(TypeScan.Name(h), "an integration-event handler must be sealed"))
            .ToList();

        return new RuleResult(handlers.Select(TypeScan.Name).ToList(), violations);
    }
}
