using Groupus.Application.Common.Validation;

namespace Groupus.Application.Numbering.ActivateNumber;

public sealed class ActivateNumberValidator : RequestValidator<ActivateNumberCommand>
{
    public ActivateNumberValidator() => RuleFor(c => c.NumberId).ValidId();
}
