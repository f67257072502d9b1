using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Specifications;

/// <summary>Rule 1 for the SIP/T.38 protocol libraries: pure libraries. Canaries: <see cref="Canaries.ProtocolLibraryLayerCanaries"/>.</summary>
public sealed class ProtocolLibraryLayerSpecifications
{
    [Fact]
    public void Sdp_depends_on_nothing_of_ours() =>
        Holds(LayerRule.Check([GroupusAssemblies.Sdp], Layer.Sdp), "Groupus.Sdp.SdpAnswerer", "Groupus.Sdp.SdpParser");

    [Fact]
    public void Fax_t38_depends_at_most_on_the_t30_engine_and_imaging() =>
        Holds(LayerRule.Check([GroupusAssemblies.FaxT38], Layer.FaxT38), "Groupus.Fax.T38.UdptlCodec", "Groupus.Fax.T38.UdptlSocketSession");

    [Fact]
    public void Fax_sip_joins_the_protocol_libraries_without_a_modem_driver_or_the_host() =>
        Holds(LayerRule.Check([GroupusAssemblies.FaxSip], Layer.FaxSip), "Groupus.Fax.Sip.SipFaxUserAgent", "Groupus.Fax.Sip.Calls.CallMedia");
}
