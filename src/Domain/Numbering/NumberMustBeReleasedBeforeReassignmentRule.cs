using Groupus.Domain.Common;

namespace Groupus.Domain.Numbering;

public sealed class NumberMustBeReleasedBeforeReassignmentRule(NumberStatus status) : IBusinessRule
{
    public string Code => "NUMBER_ALREADY_ASSIGNED";

    public string Message => "The number is assigned to an organisation; release it before assigning it again.";

    public bool IsBroken() => status != NumberStatus.Released;
}
