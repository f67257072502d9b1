using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Specifications;

/// <summary>Rule 4. Canaries: <see cref="Canaries.AggregateRootCanaries"/>.</summary>
public sealed class AggregateRootSpecifications
{
    [Fact]
    public void Aggregate_roots_are_sealed_and_change_only_through_their_own_methods() =>
        Holds(
            AggregateRootRule.Check(GroupusAssemblies.All),
            "Groupus.Domain.Identity.StaffMember",
            "Groupus.Domain.Visitors.Visit",
            "Groupus.Domain.Communications.Notification");
}
