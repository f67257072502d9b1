using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Specifications;

/// <summary>Rule 1: each layer depends only on what is beneath it. Canaries: <see cref="Canaries.LayerCanaries"/>.</summary>
public sealed class LayerSpecifications
{
    [Fact]
    public void Domain_depends_on_nothing_of_ours_and_on_no_persistence_transport_mediator_or_validation_library() =>
        Holds(LayerRule.Check([GroupusAssemblies.Domain], Layer.Domain), "Groupus.Domain.Identity.StaffMember", "Groupus.Domain.Visitors.Visit");

    [Fact]
    public void Application_and_contracts_depend_on_neither_infrastructure_nor_the_api_nor_ef_core_grpc_or_asp_net_core() =>
        Holds(
            LayerRule.Check([GroupusAssemblies.Application], Layer.Application),
            "Groupus.Application.Identity.Login.LoginHandler",
            "Groupus.Contracts.Visitors.VisitorArrived");

    [Fact]
    public void Infrastructure_depends_on_neither_the_api_nor_grpc() =>
        Holds(LayerRule.Check([GroupusAssemblies.Infrastructure], Layer.Infrastructure), "Groupus.Infrastructure.Identity.IdentityDbContext");

    [Fact]
    public void Migrations_depend_on_neither_the_api_nor_grpc() =>
        Holds(
            LayerRule.Check([GroupusAssemblies.MigrationsSqlite, GroupusAssemblies.MigrationsSqlServer], Layer.Migrations),
            "Groupus.Migrations.Sqlite.IdentityDbContextFactory",
            "Groupus.Migrations.SqlServer.IdentityDbContextFactory");

    [Fact]
    public void Fax_gateway_uses_none_of_the_domain_application_infrastructure_or_contracts() =>
        Holds(LayerRule.Check([GroupusAssemblies.FaxGateway], Layer.FaxGateway), "Groupus.FaxGateway.GatewayWorker", "Program");

    [Fact]
    public void Fax_imaging_depends_on_nothing_of_ours() =>
        Holds(
            LayerRule.Check([GroupusAssemblies.FaxImaging], Layer.FaxImaging),
            "Groupus.Fax.Imaging.FaxPage",
            "Groupus.Fax.Imaging.Tiff.FaxTiffWriter");

    [Fact]
    public void Fax_t30_depends_on_fax_imaging_only() =>
        Holds(LayerRule.Check([GroupusAssemblies.FaxT30], Layer.FaxT30), "Groupus.Fax.T30.T30Error");

    [Fact]
    public void Fax_modem_drivers_depend_on_t30_and_imaging_never_on_the_link_the_host_or_the_emulator() =>
        Holds(
            LayerRule.Check([GroupusAssemblies.FaxModems], Layer.FaxModems),
            "Groupus.Fax.Modems.Lines.IFaxModemDriver",
            "Groupus.Fax.Modems.Class1.Class1FaxModemDriver",
            "Groupus.Fax.Modems.Class2.Class2FaxModem");

    [Fact]
    public void Sip_depends_on_nothing_of_ours_and_not_on_grpc() =>
        Holds(
            LayerRule.Check([GroupusAssemblies.Sip], Layer.Sip),
            "Groupus.Sip.SipStack",
            "Groupus.Sip.Messages.SipParser",
            "Groupus.Sip.Registrar.SipRegistrar");

    [Fact]
    public void Nothing_that_ships_uses_the_modem_emulator_or_the_shared_test_helpers() =>
        Holds(TestSupportRule.Check(GroupusAssemblies.All), "Groupus.FaxGateway.GatewayWorker", "Groupus.Fax.Modems.Class1.Class1FaxModemDriver");

    [Fact]
    public void Hosting_defaults_use_none_of_the_core_the_gateway_or_the_cli() =>
        Holds(LayerRule.Check([GroupusAssemblies.HostingDefaults], Layer.HostingDefaults), "Groupus.Hosting.Defaults.TelemetryOptions");

    [Fact]
    public void Cli_uses_none_of_the_domain_application_infrastructure_or_contracts() =>
        Holds(LayerRule.Check([GroupusAssemblies.Cli], Layer.Cli), "Groupus.Cli.CliApp", "Program");
}
