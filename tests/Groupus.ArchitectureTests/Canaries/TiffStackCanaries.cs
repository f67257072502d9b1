using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Canaries;

/// <summary>The TIFF stack rule, run over the planted copies in this assembly, fails and names exactly them.</summary>
public sealed class TiffStackCanaries
{
    [Fact]
    public void Tiff_stack_rule_catches_a_second_error_handler_and_stream_adapter_in_the_core() =>
        FailsNaming(
            TiffStackRule.Check([GroupusAssemblies.Canaries]),
            "Groupus.Infrastructure.Canaries.CanaryInfrastructureTiffErrorHandler",
            "Groupus.Infrastructure.Canaries.CanaryInfrastructureTiffStream");
}
