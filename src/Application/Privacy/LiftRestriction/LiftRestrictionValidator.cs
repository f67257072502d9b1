using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Privacy.LiftRestriction;

public sealed class LiftRestrictionValidator : RequestValidator<LiftRestrictionCommand>
{
    public LiftRestrictionValidator()
    {
        RuleFor(c => c.RequestId).ValidId();
        RuleFor(c => c.Reason).RequiredText(500);
    }
}
