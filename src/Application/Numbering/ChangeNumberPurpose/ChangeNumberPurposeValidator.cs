using Groupus.Application.Common.Validation;

namespace Groupus.Application.Numbering.ChangeNumberPurpose;

public sealed class ChangeNumberPurposeValidator : RequestValidator<ChangeNumberPurposeCommand>
{
    public ChangeNumberPurposeValidator()
    {
        RuleFor(c => c.NumberId).ValidId();
        RuleFor(c => c.Purpose).RequiredPurpose();
    }
}
