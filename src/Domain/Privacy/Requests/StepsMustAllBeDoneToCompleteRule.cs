using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

public sealed class StepsMustAllBeDoneToCompleteRule(int pendingSteps) : IBusinessRule
{
    public string Code => "STEPS_PENDING";

    public string Message => "The request cannot be completed while steps are pending.";

    public bool IsBroken() => pendingSteps > 0;
}
