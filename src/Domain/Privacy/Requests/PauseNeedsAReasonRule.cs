using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

public sealed class PauseNeedsAReasonRule(string? reason) : IBusinessRule
{
    public string Code => "PAUSE_NEEDS_REASON";

    public string Message => "Waiting for the subject needs a reason (what we asked them for).";

    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);
}
