using Groupus.Domain.Common;

namespace Groupus.Domain.Numbering;

public sealed class OnlyVoiceNumbersAreActivatedRule(NumberPurpose purpose) : IBusinessRule
{
    public string Code => "NUMBER_NOT_FOR_VOICE";

    public string Message => "Only voice numbers are activated; a fax number routes to the fax service once assigned.";

    public bool IsBroken() => purpose != NumberPurpose.Voice;
}
