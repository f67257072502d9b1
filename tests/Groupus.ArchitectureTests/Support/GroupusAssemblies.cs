extern alias cli;

using System.Reflection;

namespace Groupus.ArchitectureTests.Support;

/// <summary>Our assemblies, each loaded through a type it contains, never by scanning a folder.</summary>
public static class GroupusAssemblies
{
    public static Assembly Domain { get; } = typeof(Groupus.Domain.Common.Entity).Assembly;

    /// <summary>Also holds <c>Groupus.Contracts.*</c>, the public face of each module.</summary>
    public static Assembly Application { get; } = typeof(Groupus.Application.Common.Results.Result).Assembly;

    public static Assembly Infrastructure { get; } = typeof(Groupus.Infrastructure.InfrastructureServices).Assembly;

    public static Assembly MigrationsSqlite { get; } = typeof(Groupus.Migrations.Sqlite.IdentityDbContextFactory).Assembly;

    public static Assembly MigrationsSqlServer { get; } = typeof(Groupus.Migrations.SqlServer.IdentityDbContextFactory).Assembly;

    public static Assembly Api { get; } = typeof(Groupus.Api.Hosting.GroupusServer).Assembly;

    public static Assembly FaxGateway { get; } = Assembly.Load("Groupus.FaxGateway");

    /// <summary>The gateway's libraries (src/Fax.*): imaging (shared with the core's rendering), T.30, modem drivers.</summary>
    public static Assembly FaxImaging { get; } = typeof(Groupus.Fax.Imaging.FaxPage).Assembly;

    public static Assembly FaxT30 { get; } = typeof(Groupus.Fax.T30.T30Error).Assembly;

    public static Assembly FaxModems { get; } = typeof(Groupus.Fax.Modems.Lines.IFaxModemDriver).Assembly;

    /// <summary>The gateway's protocol libraries for SIP trunks and ATAs (src/Sdp, src/Fax.T38).</summary>
    public static Assembly Sdp { get; } = typeof(Groupus.Sdp.SessionDescription).Assembly;

    public static Assembly FaxT38 { get; } = typeof(Groupus.Fax.T38.IfpPacket).Assembly;

    /// <summary>SIP over UDP, digest authentication and the registrar core (src/Sip).</summary>
    public static Assembly Sip { get; } = typeof(Groupus.Sip.SipStack).Assembly;

    /// <summary>The gateway's SIP fax user agent: registrar, calls, the T.38 switch (src/Fax.Sip).</summary>
    public static Assembly FaxSip { get; } = typeof(Groupus.Fax.Sip.SipFaxUserAgent).Assembly;

    public static Assembly Cli { get; } = typeof(cli::Groupus.Cli.CliApp).Assembly;

    /// <summary>The telemetry both processes share (src/Hosting.Defaults).</summary>
    public static Assembly HostingDefaults { get; } = typeof(Groupus.Hosting.Defaults.TelemetryOptions).Assembly;

    /// <summary>The assemblies of the core process (src/Api and everything it is built from).</summary>
    public static IReadOnlyList<Assembly> Core { get; } = [Domain, Application, Infrastructure, MigrationsSqlite, MigrationsSqlServer, Api];

    /// <summary>The fax libraries the gateway is built from (the core uses only <see cref="FaxImaging"/>).</summary>
    public static IReadOnlyList<Assembly> FaxLibraries { get; } = [FaxImaging, FaxT30, FaxModems, FaxT38, Sdp, FaxSip];

    /// <summary>Everything that ships; test support (the modem emulator in tests/Groupus.FaxGateway.Emulation) is not in it.</summary>
    public static IReadOnlyList<Assembly> All { get; } = [.. Core, .. FaxLibraries, Sip, FaxGateway, Cli, HostingDefaults];

    /// <summary>This test assembly: it holds the planted violations (canaries) and nothing else the rules select.</summary>
    public static Assembly Canaries { get; } = typeof(GroupusAssemblies).Assembly;
}
