using Groupus.Domain.Common;

namespace Groupus.Domain.Numbering;

public sealed class NumberMustNotBeActiveAlreadyRule(NumberStatus status) : IBusinessRule
{
    public string Code => "NUMBER_ALREADY_ACTIVE";

    public string Message => "The number is already active for voice.";

    public bool IsBroken() => status == NumberStatus.Active;
}
