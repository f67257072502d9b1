using Groupus.Domain.Common;

namespace Groupus.Domain.Numbering;

public sealed class EmergencyAddressMustBeSetBeforeSubmissionRule(PostalAddress? address) : IBusinessRule
{
    public string Code => "EMERGENCY_ADDRESS_MISSING";

    public string Message => "The number has no emergency-services address to submit; set its installation address first.";

    public bool IsBroken() => address is null;
}
