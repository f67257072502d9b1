using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

public sealed class RejectionNeedsAReasonRule(string? reason) : IBusinessRule
{
    public string Code => "REJECTION_NEEDS_REASON";

    public string Message => "A rejection needs a reason.";

    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);
}
