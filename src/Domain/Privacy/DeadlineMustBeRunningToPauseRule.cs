using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy;

public sealed class DeadlineMustBeRunningToPauseRule(bool isPaused) : IBusinessRule
{
    public string Code => "DEADLINE_ALREADY_PAUSED";

    public string Message => "The deadline is already paused.";

    public bool IsBroken() => isPaused;
}
