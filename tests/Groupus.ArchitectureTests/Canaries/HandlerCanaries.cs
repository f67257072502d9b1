using Groupus.ArchitectureTests.Canaries.Planted;
using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Canaries;

public sealed class HandlerCanaries
{
    [Fact]
    public void Handler_rule_catches_an_unsealed_an_internal_and_a_misnamed_handler()
    {
        // The canary assembly stands in for the application assembly, so only shape is judged here.
        var result = HandlerRule.Check([GroupusAssemblies.Canaries], GroupusAssemblies.Canaries);

        FailsNaming(result, typeof(CanaryUnsealedHandler), typeof(CanaryInternalHandler), typeof(CanaryPingResponder));
        Reports(result, typeof(CanaryUnsealedHandler), "sealed");
        Reports(result, typeof(CanaryInternalHandler), "public");
        Reports(result, typeof(CanaryPingResponder), "end in Handler");
    }

    [Fact]
    public void Handler_rule_catches_a_handler_outside_the_application_assembly() =>
        Reports(
            HandlerRule.Check([GroupusAssemblies.Canaries], GroupusAssemblies.Application),
            typeof(CanaryPingHandler),
            "must live in Groupus.Application");
}
