using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Specifications;

/// <summary>
/// Rule 2 where the compiler cannot see it: raw SQL naming another module's tables, and shared kernels reaching into a
/// module. Canaries: <see cref="Canaries.SharedDataCanaries"/>.
/// </summary>
public sealed class SharedDataSpecifications
{
    public static TheoryData<string, string> ModulePairs() => Modules.Pairs();

    public static TheoryData<string> AllModules() => [.. Modules.All];

    [Theory]
    [MemberData(nameof(ModulePairs))]
    public void Module_sql_names_no_table_of_another_module(string module, string otherModule) =>
        Holds(RawSqlTableRule.Check(RepositorySources.All, module, otherModule));

    [Theory]
    [MemberData(nameof(AllModules))]
    public void Shared_kernel_sql_names_no_module_table(string module) =>
        Holds(RawSqlTableRule.CheckSharedKernels(RepositorySources.All, module), "src/Infrastructure/Persistence/DatabaseMigrator.cs");

    [Theory]
    [MemberData(nameof(AllModules))]
    public void Shared_kernels_use_no_module_internals(string module) =>
        Holds(
            SharedKernelRule.Check(GroupusAssemblies.Core, module),
            "Groupus.Infrastructure.Persistence.ModuleDbContext",
            "Groupus.Application.Common.Results.Result",
            "Groupus.Api.Hosting.GrpcSetup");
}
