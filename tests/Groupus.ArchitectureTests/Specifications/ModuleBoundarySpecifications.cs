using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Specifications;

/// <summary>
/// Rule 2: for every ordered pair of modules (M, N), nothing in M uses N's domain, application, infrastructure,
/// api or migrations; only Groupus.Contracts.N crosses. Canaries: <see cref="Canaries.ModuleBoundaryCanaries"/>.
/// </summary>
public sealed class ModuleBoundarySpecifications
{
    public static TheoryData<string, string> ModulePairs() => Modules.Pairs();

    public static TheoryData<string, string> ModulesAndLayers() => Modules.ModulesAndLayers();

    [Theory]
    [MemberData(nameof(ModulePairs))]
    public void Module_does_not_use_the_internals_of_another_module(string module, string otherModule) =>
        Holds(ModuleBoundaryRule.Check(GroupusAssemblies.Core, module, otherModule));

    [Theory]
    [MemberData(nameof(ModulePairs))]
    public void Module_source_does_not_name_the_internals_of_another_module(string module, string otherModule) =>
        Holds(ModuleSourceBoundaryRule.Check(RepositorySources.All, module, otherModule));

    /// <summary>Keeps the boundary rules from passing by selecting nothing (a renamed namespace, a missing assembly).</summary>
    [Theory]
    [MemberData(nameof(ModulesAndLayers))]
    public void Module_has_code_in_every_layer(string module, string layer)
    {
        var pattern = new System.Text.RegularExpressions.Regex(Modules.NamespacePattern(layer, module));
        Assert.Contains(TypeScan.HandWrittenTypes(GroupusAssemblies.Core), t => t.Namespace is not null && pattern.IsMatch(t.Namespace));
    }

    [Fact]
    public void Every_module_namespace_belongs_to_a_module_in_the_module_list() =>
        Holds(ModuleListRule.Check(GroupusAssemblies.All, Modules.All), "Groupus.Domain.Identity", "Groupus.Domain.Customers", "Groupus.Contracts.Customers", "Groupus.Contracts.Visitors", "Groupus.Api.Communications");
}
