using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Holds;

public sealed class LegalHoldNeedsAReasonRule(string? reason) : IBusinessRule
{
    public string Code => "LEGAL_HOLD_NEEDS_REASON";

    public string Message => "Placing or releasing a legal hold needs a reason.";

    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);
}
