using FluentValidation;
using Groupus.Application.Common.Validation;
using Groupus.Application.Common.Contact;

namespace Groupus.Application.Numbering.SetEmergencyAddress;

public sealed class SetEmergencyAddressValidator : RequestValidator<SetEmergencyAddressCommand>
{
    public SetEmergencyAddressValidator()
    {
        RuleFor(c => c.NumberId).ValidId();
        RuleFor(c => c.Address).NotNull().WithMessage("is required").SetValidator(new AddressValidator()!);
    }
}
