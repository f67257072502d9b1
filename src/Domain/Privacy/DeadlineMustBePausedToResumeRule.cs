using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy;

public sealed class DeadlineMustBePausedToResumeRule(bool isPaused) : IBusinessRule
{
    public string Code => "DEADLINE_NOT_PAUSED";

    public string Message => "The deadline is not paused.";

    public bool IsBroken() => !isPaused;
}
