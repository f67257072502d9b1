using Groupus.ArchitectureTests.Canaries.Planted;
using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Canaries;

public sealed class CommandQueryCanaries
{
    [Fact]
    public void Command_rule_catches_each_way_to_get_a_command_or_query_wrong()
    {
        var result = CommandQueryRule.Check([GroupusAssemblies.Canaries]);

        FailsNaming(
            result,
            typeof(CanaryUnsealedCommand),
            typeof(CanaryPingRequest),
            typeof(CanaryMislabelledQuery),
            typeof(CanaryUnguardedCommand),
            typeof(CanaryDoublyGuardedQuery),
            typeof(CanaryStructQuery));
        Reports(result, typeof(CanaryUnsealedCommand), "sealed");
        Reports(result, typeof(CanaryPingRequest), "end in Command");
        Reports(result, typeof(CanaryMislabelledQuery), "end in Command");
        Reports(result, typeof(CanaryUnguardedCommand), "exactly one access policy attribute; it has 0");
        Reports(result, typeof(CanaryDoublyGuardedQuery), "it has 2");
        Reports(result, typeof(CanaryStructQuery), "not a struct");
    }

    [Fact]
    public void Unhandled_message_rule_catches_commands_and_queries_nobody_handles()
    {
        var result = UnhandledMessageRule.Check([GroupusAssemblies.Canaries]);

        Reports(result, typeof(CanaryUnguardedCommand), "no handler");
        Assert.DoesNotContain(Name(typeof(CanaryPingCommand)), result.ViolatingSubjects);
        Assert.DoesNotContain(Name(typeof(CanaryPingQuery)), result.ViolatingSubjects);
    }

    [Fact]
    public void Integration_event_handler_rule_catches_an_unsealed_handler() =>
        FailsNaming(IntegrationEventHandlerRule.Check([GroupusAssemblies.Canaries]), typeof(CanaryUnsealedReaction));
}
