using System.Reflection;
using Groupus.ArchitectureTests.Support;
using NetArchTest.Rules;

namespace Groupus.ArchitectureTests.Rules;

/// <summary>
/// Rule 2: nothing inside one module uses another module's internals; only <c>Groupus.Contracts.&lt;Module&gt;</c>
/// crosses. Works on compiled code, so it sees every type, member and method body, but not constants: the
/// compiler copies a <c>const</c> into the caller, which is why <see cref="ModuleSourceBoundaryRule"/> exists.
/// </summary>
public static class ModuleBoundaryRule
{
    public static RuleResult Check(IEnumerable<Assembly> assemblies, string module, string otherModule) =>
        NetArchTestResults.ToRuleResult(
            Types.InAssemblies(assemblies).That().ResideInNamespaceMatching(Modules.InternalNamespacePattern(module)),
            // NetArchTest matches a dependency name on whole namespace segments: "Groupus.Domain.Identity" catches
            // Groupus.Domain.Identity.StaffMember and not Groupus.Domain.IdentityArchive (the canaries prove both).
            selection => selection.ShouldNot().HaveDependencyOnAny([.. Modules.InternalNamespaces(otherModule)]),
            $"the {module} module uses internals of the {otherModule} module");
}
