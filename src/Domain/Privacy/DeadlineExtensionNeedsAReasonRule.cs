using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy;

public sealed class DeadlineExtensionNeedsAReasonRule(string? reason) : IBusinessRule
{
    public string Code => "DEADLINE_EXTENSION_NEEDS_REASON";

    public string Message => "An extension of a response deadline needs a reason.";

    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);
}
