using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Canaries;

/// <summary>The layer rules, run over the planted violations in this assembly, fail and name exactly what was planted.</summary>
public sealed class LayerCanaries
{
    private static RuleResult Check(Layer layer) => LayerRule.Check([GroupusAssemblies.Canaries], layer);

    [Fact]
    public void Domain_rule_catches_ef_core_the_application_layer_and_mediator_and_spares_the_domain_kernel() =>
        FailsNaming(
            Check(Layer.Domain),
            "Groupus.Domain.Canaries.CanaryDomainTypeUsingEntityFramework",
            "Groupus.Domain.Canaries.CanaryDomainTypeUsingTheApplication",
            "Groupus.Domain.Canaries.CanaryDomainTypeUsingMediator");

    [Fact]
    public void Application_rule_catches_infrastructure_asp_net_core_and_a_protobuf_type_in_a_contract() =>
        FailsNaming(
            Check(Layer.Application),
            "Groupus.Application.Canaries.CanaryApplicationTypeUsingInfrastructure",
            "Groupus.Application.Canaries.CanaryApplicationTypeUsingAspNetCore",
            "Groupus.Contracts.Canaries.CanaryContractCarryingAProtobufMessage");

    [Fact]
    public void Infrastructure_rule_catches_grpc_and_the_t30_engine_and_spares_fax_imaging() =>
        FailsNaming(
            Check(Layer.Infrastructure),
            "Groupus.Infrastructure.Canaries.CanaryInfrastructureTypeUsingGrpc",
            "Groupus.Infrastructure.Canaries.CanaryInfrastructureTypeUsingTheT30Engine");

    [Fact]
    public void Migrations_rule_catches_the_api() =>
        FailsNaming(Check(Layer.Migrations), "Groupus.Migrations.Canaries.CanaryMigrationUsingTheApi");

    [Fact]
    public void Fax_gateway_rule_catches_the_domain_and_the_contracts_and_spares_the_protos() =>
        FailsNaming(
            Check(Layer.FaxGateway),
            "Groupus.FaxGateway.Canaries.CanaryGatewayTypeUsingTheDomain",
            "Groupus.FaxGateway.Canaries.CanaryGatewayTypeUsingContracts");

    [Fact]
    public void Fax_imaging_rule_catches_the_t30_engine_and_the_domain_and_spares_libtiff() =>
        FailsNaming(
            Check(Layer.FaxImaging),
            "Groupus.Fax.Imaging.Canaries.CanaryImagingTypeUsingTheT30Engine",
            "Groupus.Fax.Imaging.Canaries.CanaryImagingTypeUsingTheDomain");

    [Fact]
    public void Fax_t30_rule_catches_a_modem_driver_and_spares_imaging() =>
        FailsNaming(Check(Layer.FaxT30), "Groupus.Fax.T30.Canaries.CanaryT30TypeUsingAModemDriver");

    [Fact]
    public void Fax_modems_rule_catches_the_link_and_the_emulator_and_spares_t30_and_imaging() =>
        FailsNaming(
            Check(Layer.FaxModems),
            "Groupus.Fax.Modems.Canaries.CanaryModemDriverUsingTheLink",
            "Groupus.Fax.Modems.Canaries.CanaryModemDriverUsingTheEmulator");

    [Fact]
    public void Sip_rule_catches_a_modem_driver_the_gateway_host_and_grpc_and_spares_the_base_library() =>
        FailsNaming(
            Check(Layer.Sip),
            "Groupus.Sip.Canaries.CanarySipTypeUsingAModemDriver",
            "Groupus.Sip.Canaries.CanarySipTypeUsingTheGatewayHost",
            "Groupus.Sip.Canaries.CanarySipTypeUsingGrpc");

    [Fact]
    public void Test_support_rule_catches_a_modem_driver_using_the_emulator_or_the_shared_test_helpers() =>
        FailsNaming(
            TestSupportRule.Check([GroupusAssemblies.Canaries]),
            "Groupus.Fax.Modems.Canaries.CanaryModemDriverUsingTheEmulator",
            "Groupus.Fax.Modems.Canaries.CanaryModemDriverUsingTestSupport");

    [Fact]
    public void Hosting_defaults_rule_catches_the_application_layer() =>
        FailsNaming(Check(Layer.HostingDefaults), "Groupus.Hosting.Defaults.Canaries.CanaryHostingDefaultsUsingTheApplication");

    [Fact]
    public void Cli_rule_catches_the_application_layer() =>
        FailsNaming(Check(Layer.Cli), "Groupus.Cli.Canaries.CanaryCliTypeUsingTheApplication");
}
