using Groupus.Domain.Common;

namespace Groupus.Domain.Numbering;

public sealed class NumberMustBeAssignedRule(NumberStatus status) : IBusinessRule
{
    public string Code => "NUMBER_NOT_ASSIGNED";

    public string Message => "The number has been released; assign it to an organisation first.";

    public bool IsBroken() => status == NumberStatus.Released;
}
