using Groupus.Application.Common.Validation;

namespace Groupus.Application.Privacy.ReleaseLegalHold;

public sealed class ReleaseLegalHoldValidator : RequestValidator<ReleaseLegalHoldCommand>
{
    public ReleaseLegalHoldValidator()
    {
        RuleFor(c => c.HoldId).ValidId();
        RuleFor(c => c.Reason).RequiredText(500);
    }
}
