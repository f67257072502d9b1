using Groupus.Application.Common.Privacy;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Privacy.Restrictions;

namespace Groupus.Application.Privacy.Restrictions;

/// <summary>
/// Which purposes a restriction or an objection stops. A restriction stops every purpose but storage and legal
/// claims; an objection stops marketing and processing on legitimate interests. Purposes a request names narrow
/// that set; storage and legal claims can never be stopped.
/// </summary>
public static class RestrictionScope
{
    public static readonly IReadOnlyList<ProcessingPurpose> RestrictionCovers =
        [ProcessingPurpose.ServiceDelivery, ProcessingPurpose.Marketing, ProcessingPurpose.LegitimateInterests];

    public static readonly IReadOnlyList<ProcessingPurpose> ObjectionCovers =
        [ProcessingPurpose.Marketing, ProcessingPurpose.LegitimateInterests];

    /// <summary>The purposes a restriction request stops: those it names (none named = all it covers).</summary>
    public static IReadOnlyList<ProcessingPurpose> ForRestriction(IReadOnlyCollection<ProcessingPurpose> named) => Narrow(RestrictionCovers, named);

    /// <summary>The purposes an objection stops: those it names (none named = marketing and legitimate interests).</summary>
    public static IReadOnlyList<ProcessingPurpose> ForObjection(IReadOnlyCollection<ProcessingPurpose> named) => Narrow(ObjectionCovers, named);

    /// <summary>The ledger's form of a purpose; null for storage and legal claims, which cannot be stopped.</summary>
    public static RestrictedPurpose? ToRestricted(ProcessingPurpose purpose) =>
        PurposeNames.CanBeStopped(purpose) ? (RestrictedPurpose)(int)purpose : null;

    private static List<ProcessingPurpose> Narrow(IReadOnlyList<ProcessingPurpose> covered, IReadOnlyCollection<ProcessingPurpose> named) =>
        named.Count == 0 ? [.. covered] : [.. covered.Where(named.Contains)];
}
