namespace Groupus.ArchitectureTests.Rules;

/// <summary>A layer: the namespace its code lives in and what that code must never touch.</summary>
public sealed record Layer(string Name, string NamespacePattern, IReadOnlyList<string> Forbidden)
{
    // Named one by one: with "Groupus.Fax" NetArchTest flagged the application's FaxMetrics, whose only "Groupus.Fax" is its meter's name.
    private static readonly string[] FaxLibraries = ["Groupus.Fax.Imaging", "Groupus.Fax.T30", "Groupus.Fax.Modems", "Groupus.Fax.T38", "Groupus.Sdp", "Groupus.Fax.Sip"];

    private static readonly string[] OurOtherCode = ["Groupus.Migrations", "Groupus.FaxGateway", .. FaxLibraries, "Groupus.Sip", "Groupus.Cli", "Groupus.Hosting"];

    /// <summary>The core, its tools and the gateway host: none of it is for the fax libraries to use.</summary>
    private static readonly string[] NotForFaxLibraries =
    [
        "Groupus.Domain", "Groupus.Application", "Groupus.Infrastructure", "Groupus.Contracts", "Groupus.Api", "Groupus.Migrations",
        "Groupus.Cli", "Groupus.Hosting", "Groupus.FaxGateway", "Microsoft.EntityFrameworkCore", "Mediator", "FluentValidation",
    ];

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

    /// <summary>Of the fax libraries the core's document rendering uses the imaging one only (one TIFF Class F stack).</summary>
    public static Layer Infrastructure { get; } = new(
        "Infrastructure",
        Root("Groupus.Infrastructure"),
        ["Groupus.Api", "Groupus.FaxGateway", "Groupus.Fax.T30", "Groupus.Fax.Modems", "Groupus.Cli", "Grpc"]);

    public static Layer Migrations { get; } = new(
        "Migrations",
        Root("Groupus.Migrations"),
        ["Groupus.Api", "Groupus.FaxGateway", .. FaxLibraries, "Groupus.Cli", "Grpc"]);

    /// <summary>Fax imaging (T.4/T.6, TIFF Class F) depends on nothing of ours.</summary>
    public static Layer FaxImaging { get; } = new(
        "Fax.Imaging",
        Root("Groupus.Fax.Imaging"),
        [.. NotForFaxLibraries, "Groupus.Fax.T30", "Groupus.Fax.Modems", "Grpc", "Google.Protobuf"]);

    /// <summary>The T.30 engine depends on imaging only: no modem, no transport, no link.</summary>
    public static Layer FaxT30 { get; } = new(
        "Fax.T30",
        Root("Groupus.Fax.T30"),
        [.. NotForFaxLibraries, "Groupus.Fax.Modems", "Grpc", "Google.Protobuf"]);

    /// <summary>The modem drivers depend on T.30 and imaging, never on the link to the core or the host (or the emulator).</summary>
    public static Layer FaxModems { get; } = new(
        "Fax.Modems",
        Root("Groupus.Fax.Modems"),
        [.. NotForFaxLibraries, "Grpc", "Google.Protobuf"]);

    /// <summary>SDP offer/answer is a pure protocol library: nothing of ours, no transport.</summary>
    public static Layer Sdp { get; } = new(
        "Sdp",
        Root("Groupus.Sdp"),
        [.. NotForFaxLibraries, "Groupus.Fax.Imaging", "Groupus.Fax.T30", "Groupus.Fax.Modems", "Groupus.Fax.T38", "Groupus.Sip", "Grpc", "Google.Protobuf"]);

    /// <summary>T.38/UDPTL may use the T.30 engine and imaging; never a modem driver, SDP (the gateway joins them) or the link.</summary>
    public static Layer FaxT38 { get; } = new(
        "Fax.T38",
        Root("Groupus.Fax.T38"),
        [.. NotForFaxLibraries, "Groupus.Fax.Modems", "Groupus.Sdp", "Groupus.Sip", "Grpc", "Google.Protobuf"]);

    /// <summary>SIP is a pure protocol library: nothing of the core, the gateway host, the fax libraries or gRPC.</summary>
    public static Layer Sip { get; } = new(
        "Sip",
        Root("Groupus.Sip"),
        [.. NotForFaxLibraries, .. FaxLibraries, "Grpc", "Google.Protobuf"]);

    /// <summary>
    /// The gateway's SIP fax user agent joins SIP, SDP, T.38 and T.30's call result; never a modem driver (serial lines
    /// are the host's to pool beside it), the link or the host.
    /// </summary>
    public static Layer FaxSip { get; } = new(
        "Fax.Sip",
        Root("Groupus.Fax.Sip"),
        [.. NotForFaxLibraries, "Groupus.Fax.Modems", "Grpc", "Google.Protobuf"]);

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
            .. FaxLibraries, "Microsoft.EntityFrameworkCore", "Mediator", "FluentValidation",
        ]);

    /// <summary>The hosting defaults both processes use: framework set-up only, none of either process's code.</summary>
    public static Layer HostingDefaults { get; } = new(
        "Hosting.Defaults",
        Root("Groupus.Hosting.Defaults"),
        [
            "Groupus.Domain", "Groupus.Application", "Groupus.Infrastructure", "Groupus.Contracts", "Groupus.Api", "Groupus.Migrations",
            "Groupus.FaxGateway", .. FaxLibraries, "Groupus.Cli", "Microsoft.EntityFrameworkCore", "Mediator", "FluentValidation", "Grpc",
        ]);

    public override string ToString() => Name;

    /// <summary>The namespace and its children, plus the global namespace (where an executable's top-level <c>Program</c> lives).</summary>
    private static string Root(string ns) => $@"^{ns.Replace(".", @"\.", StringComparison.Ordinal)}(\.|$)|^$";
}
