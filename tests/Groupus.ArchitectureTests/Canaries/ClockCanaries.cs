using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Canaries;

/// <summary>The clock rule, run over planted direct reads of the machine's clock, fails and names each with its line.</summary>
public sealed class ClockCanaries
{
    private const string PlantedPath = "src/Application/Fax/Gateway/CanaryClockReads.cs";

    private static readonly SourceFile Planted = new(
        PlantedPath,
        """
        namespace Groupus.Application.Fax.Gateway;

        internal static class CanaryClockReads
        {
            public static DateTime Received(DateTime? at) => at ?? DateTime.UtcNow;

            public static long IdleSince() => DateTimeOffset.Now.Ticks;

            public static DateTime Fine(TimeProvider clock) => clock.GetUtcNow().UtcDateTime;
        }
        """);

    [Theory]
    [InlineData("line 5 reads DateTime.UtcNow")]
    [InlineData("line 7 reads DateTimeOffset.Now")]
    public void A_direct_clock_read_in_fax_code_is_caught_with_its_line(string reason) =>
        Reports(ClockRule.Check([Planted], "Fax"), PlantedPath, reason);

    [Fact]
    public void Reading_TimeProvider_is_spared_and_another_modules_files_are_not_looked_at()
    {
        Assert.Equal(2, ClockRule.Check([Planted], "Fax").Violations.Count);
        Assert.Empty(ClockRule.Check([Planted], "Visitors").Checked);
    }
}
