using Groupus.Domain.Common;

namespace Groupus.Domain.Sales.Prospects;

public sealed class LostProspectNeedsAReasonRule(ProspectStatus to, string? lostReason) : IBusinessRule
{
    public string Code => "PROSPECT_LOST_REASON_REQUIRED";

    public string Message => "Say why the prospect was lost (for example: chose a competitor, no budget).";

    public bool IsBroken() => to == ProspectStatus.Lost && string.IsNullOrWhiteSpace(lostReason);
}
