using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Numbering.RecordEmergencyAddressOutcome;

public sealed class RecordEmergencyAddressOutcomeValidator : RequestValidator<RecordEmergencyAddressOutcomeCommand>
{
    public RecordEmergencyAddressOutcomeValidator()
    {
        RuleFor(c => c.NumberId).ValidId();
        RuleFor(c => c.Outcome).NotNull().WithMessage("is required (registered or failed)").IsInEnum().WithMessage("must be registered or failed");
        RuleFor(c => c.FailureReason).NotEmpty().WithMessage("is required when the registration failed").OptionalText(500)
            .When(c => c.Outcome == EmergencyRegistrationOutcome.Failed);
        RuleFor(c => c.FailureReason).Null().WithMessage("is only given when the registration failed")
            .When(c => c.Outcome == EmergencyRegistrationOutcome.Registered);
    }
}
