using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Specifications;

/// <summary>The fax module reads the time from TimeProvider only (ADR 43). Canaries: <see cref="Canaries.ClockCanaries"/>.</summary>
public sealed class ClockSpecifications
{
    [Fact]
    public void Fax_code_reads_the_time_from_TimeProvider_only() =>
        Holds(
            ClockRule.Check(RepositorySources.All, "Fax"),
            "src/Api/Fax/GatewayLinkGrpcService.cs",
            "src/Application/Fax/Gateway/Links/FaxGatewayRegistry.cs",
            "src/Domain/Fax/FaxJob.cs");
}
