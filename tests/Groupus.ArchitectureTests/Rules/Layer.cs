namespace Groupus.ArchitectureTests.Rules;

/// <summary>A layer: the namespace its code lives in and what that code must never touch.</summary>
public sealed record Layer(string Name, string NamespacePattern, IReadOnlyList<string> Forbidden)
{
    private static readonly string[] OurOtherCode = ["Groupus.Migrations", "Groupus.FaxGateway", "Groupus.Cli", "Groupus.Hosting"];

    public static Layer Domain { get; } = new(
        "Domain",
        Root("Groupus.Domain"),
        [
            "Groupus.Application", "Groupus.Infrastructure", "Groupus.Api", "Groupus.Contracts", .. OurOtherCode,
            "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Grpc", "Google.Protobuf", "Mediator", "FluentValidation",
        ]);

    public static Layer Application { get; } = new(
        "Application",
        Root("Groupus.Application") + "|" + Root("Groupus.Contracts"),
        [
            "Groupus.Infrastructure", "Groupus.Api", .. OurOtherCode,
            "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Grpc", "Google.Protobuf",
        ]);

    public static Layer Infrastructure { get; } = new(
        "Infrastructure",
        Root("Groupus.Infrastructure"),
        ["Groupus.Api", "Groupus.FaxGateway", "Groupus.Cli", "Grpc"]);

    public static Layer Migrations { get; } = new(
        "Migrations",
        Root("Groupus.Migrations"),
        ["Groupus.Api", "Groupus.FaxGateway", "Groupus.Cli", "Grpc"]);

    /// <summary>The gateway talks to the core only through the protos, as a gRPC client.</summary>
    public static Layer FaxGateway { get; } = new(
        "FaxGateway",
        Root("Groupus.FaxGateway"),
        [
            "Groupus.Domain", "Groupus.Application", "Groupus.Infrastructure", "Groupus.Contracts", "Groupus.Migrations", "Groupus.Cli",
            "Microsoft.EntityFrameworkCore", "Mediator", "FluentValidation",
        ]);

    /// <summary>The staff command-line tool is a gRPC client like the gateway; it shares only the protos.</summary>
    public static Layer Cli { get; } = new(
        "Cli",
        Root("Groupus.Cli"),
        [
            "Groupus.Domain", "Groupus.Application", "Groupus.Infrastructure", "Groupus.Contracts", "Groupus.Migrations", "Groupus.FaxGateway",
            "Microsoft.EntityFrameworkCore", "Mediator", "FluentValidation",
        ]);

    /// <summary>The hosting defaults both processes use: framework set-up only, none of either process's code.</summary>
    public static Layer HostingDefaults { get; } = new(
        "Hosting.Defaults",
        Root("Groupus.Hosting.Defaults"),
        [
            "Groupus.Domain", "Groupus.Application", "Groupus.Infrastructure", "Groupus.Contracts", "Groupus.Api", "Groupus.Migrations",
            "Groupus.FaxGateway", "Groupus.Cli", "Microsoft.EntityFrameworkCore", "Mediator", "FluentValidation", "Grpc",
        ]);

    public override string ToString() => Name;

    /// <summary>The namespace and its children, plus the global namespace (where an executable's top-level <c>Program</c> lives).</summary>
    private static string Root(string ns) => $@"^{ns.Replace(".", @"\.", StringComparison.Ordinal)}(\.|$)|^$";
}
