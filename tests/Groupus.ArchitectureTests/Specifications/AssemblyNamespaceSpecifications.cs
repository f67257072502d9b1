using System.Reflection;
using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Specifications;

/// <summary>
/// Each assembly's types live under its own namespaces, so selecting a layer or module by namespace selects all
/// of it. Canary: <see cref="Canaries.AssemblyNamespaceCanaries"/>.
/// </summary>
public sealed class AssemblyNamespaceSpecifications
{
    private static readonly Dictionary<string, (Assembly Assembly, string[] Roots)> Assemblies = new()
    {
        ["Domain"] = (GroupusAssemblies.Domain, ["Groupus.Domain"]),
        ["Application"] = (GroupusAssemblies.Application, ["Groupus.Application", "Groupus.Contracts"]),
        ["Infrastructure"] = (GroupusAssemblies.Infrastructure, ["Groupus.Infrastructure"]),
        ["Migrations.Sqlite"] = (GroupusAssemblies.MigrationsSqlite, ["Groupus.Migrations.Sqlite"]),
        ["Migrations.SqlServer"] = (GroupusAssemblies.MigrationsSqlServer, ["Groupus.Migrations.SqlServer"]),
        // Mediator.SourceGenerator writes Mediator.Internals.* into the Api assembly without a [GeneratedCode] mark.
        ["Api"] = (GroupusAssemblies.Api, ["Groupus.Api", "Mediator.Internals"]),
        // The gateway compiles the gateway link and sign-in protos as a client, as the CLI does.
        ["FaxGateway"] = (GroupusAssemblies.FaxGateway, ["Groupus.FaxGateway", "Groupus.Api.Grpc"]),
        ["Fax.Imaging"] = (GroupusAssemblies.FaxImaging, ["Groupus.Fax.Imaging"]),
        ["Fax.T30"] = (GroupusAssemblies.FaxT30, ["Groupus.Fax.T30"]),
        ["Fax.Modems"] = (GroupusAssemblies.FaxModems, ["Groupus.Fax.Modems"]),
        ["Fax.T38"] = (GroupusAssemblies.FaxT38, ["Groupus.Fax.T38"]),
        ["Sdp"] = (GroupusAssemblies.Sdp, ["Groupus.Sdp"]),
        ["Sip"] = (GroupusAssemblies.Sip, ["Groupus.Sip"]),
        ["Fax.Sip"] = (GroupusAssemblies.FaxSip, ["Groupus.Fax.Sip"]),
        ["Cli"] = (GroupusAssemblies.Cli, ["Groupus.Cli", "Groupus.Api.Grpc"]),
        ["Hosting.Defaults"] = (GroupusAssemblies.HostingDefaults, ["Groupus.Hosting.Defaults"]),
    };

    public static TheoryData<string> AssemblyNames() => new(Assemblies.Keys);

    [Theory]
    [MemberData(nameof(AssemblyNames))]
    public void Every_type_lives_under_its_assemblys_namespace(string assembly)
    {
        var (asm, roots) = Assemblies[assembly];
        Holds(AssemblyNamespaceRule.Check(asm, roots));
    }
}
