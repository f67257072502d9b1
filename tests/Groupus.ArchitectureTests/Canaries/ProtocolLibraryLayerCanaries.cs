using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Canaries;

/// <summary>The protocol library layer rules, run over the planted violations, fail and name exactly what was planted.</summary>
public sealed class ProtocolLibraryLayerCanaries
{
    private static RuleResult Check(Layer layer) => LayerRule.Check([GroupusAssemblies.Canaries], layer);

    [Fact]
    public void Sdp_rule_catches_the_t38_library_and_grpc_and_spares_sdp_itself() =>
        FailsNaming(
            Check(Layer.Sdp),
            "Groupus.Sdp.Canaries.CanarySdpTypeUsingTheT38Library",
            "Groupus.Sdp.Canaries.CanarySdpTypeUsingGrpc");

    [Fact]
    public void Fax_t38_rule_catches_a_modem_driver_sdp_and_the_gateway_and_spares_the_t30_engine() =>
        FailsNaming(
            Check(Layer.FaxT38),
            "Groupus.Fax.T38.Canaries.CanaryT38TypeUsingAModemDriver",
            "Groupus.Fax.T38.Canaries.CanaryT38TypeUsingSdp",
            "Groupus.Fax.T38.Canaries.CanaryT38TypeUsingTheGateway");

    [Fact]
    public void Fax_sip_rule_catches_a_modem_driver_the_gateway_and_grpc_and_spares_the_protocol_libraries() =>
        FailsNaming(
            Check(Layer.FaxSip),
            "Groupus.Fax.Sip.Canaries.CanaryFaxSipTypeUsingAModemDriver",
            "Groupus.Fax.Sip.Canaries.CanaryFaxSipTypeUsingTheGateway",
            "Groupus.Fax.Sip.Canaries.CanaryFaxSipTypeUsingGrpc");
}
