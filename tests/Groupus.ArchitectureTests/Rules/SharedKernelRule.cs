using System.Reflection;
using System.Text.RegularExpressions;
using Groupus.ArchitectureTests.Support;
using NetArchTest.Rules;

namespace Groupus.ArchitectureTests.Rules;

/// <summary>
/// Rule 2 for what modules share: a shared kernel (<see cref="Modules.SharedKernels"/>) uses no module's internals.
/// A helper there wrapping one module's DbContext would let every other module reach that module through the kernel,
/// which the module rule cannot see (the kernel is no module). The composition root (<c>Groupus.Api.Hosting</c>, which
/// maps each module's gRPC services) may name a module's edge, <c>Groupus.Api.&lt;Module&gt;</c>, and nothing deeper.
/// </summary>
public static class SharedKernelRule
{
    public const string CompositionRoot = "Groupus.Api.Hosting";

    private static readonly string CompositionRootPattern = $@"^{Regex.Escape(CompositionRoot)}(\.|$)";

    public static RuleResult Check(IEnumerable<Assembly> assemblies, string module)
    {
        var assemblyList = assemblies.ToList();
        var kernels = Check(
            Types.InAssemblies(assemblyList).That().ResideInNamespaceMatching(Modules.SharedKernelPattern)
                .And().DoNotResideInNamespaceMatching(CompositionRootPattern),
            Modules.InternalNamespaces(module),
            $"a shared kernel uses internals of the {module} module");
        var root = Check(
            Types.InAssemblies(assemblyList).That().ResideInNamespaceMatching(CompositionRootPattern),
            Modules.InternalNamespaces(module).Where(ns => ns != $"Groupus.Api.{module}").ToList(),
            $"the composition root uses internals of the {module} module beyond its gRPC edge");
        return new RuleResult([.. kernels.Checked, .. root.Checked], [.. kernels.Violations, .. root.Violations]);
    }

    private static RuleResult Check(PredicateList selection, IReadOnlyList<string> forbidden, string reason) =>
        NetArchTestResults.ToRuleResult(selection, s => s.ShouldNot().HaveDependencyOnAny([.. forbidden]), reason);
}
