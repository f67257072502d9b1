using FluentValidation;
using Groupus.Application.Accounts.Organisations;
using Groupus.Application.Common.Validation;
using Groupus.Application.Common.Contact;

namespace Groupus.Application.Accounts.Numbers.SetEmergencyAddress;

public sealed class SetEmergencyAddressValidator : RequestValidator<SetEmergencyAddressCommand>
{
    public SetEmergencyAddressValidator()
    {
        RuleFor(c => c.NumberId).ValidId();
        RuleFor(c => c.Address).NotNull().WithMessage("is required").SetValidator(new AddressValidator()!);
    }
}
