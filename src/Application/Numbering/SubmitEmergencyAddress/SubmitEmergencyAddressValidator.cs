using Groupus.Application.Common.Validation;

namespace Groupus.Application.Numbering.SubmitEmergencyAddress;

public sealed class SubmitEmergencyAddressValidator : RequestValidator<SubmitEmergencyAddressCommand>
{
    public SubmitEmergencyAddressValidator() => RuleFor(c => c.NumberId).ValidId();
}
