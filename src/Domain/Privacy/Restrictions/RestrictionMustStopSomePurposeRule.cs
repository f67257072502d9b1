using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Restrictions;

/// <summary>A restriction that stops nothing would be recorded and never enforced.</summary>
public sealed class RestrictionMustStopSomePurposeRule(IReadOnlyCollection<RestrictedPurpose> purposes) : IBusinessRule
{
    public string Code => "RESTRICTION_STOPS_NOTHING";

    public string Message => "A restriction or objection must stop at least one purpose other than storage and legal claims.";

    public bool IsBroken() => purposes.Count == 0;
}
