using Groupus.Application.Common.Validation;

namespace Groupus.Application.Privacy.PlaceLegalHold;

public sealed class PlaceLegalHoldValidator : RequestValidator<PlaceLegalHoldCommand>
{
    public PlaceLegalHoldValidator()
    {
        RuleFor(c => c.SubjectId).ValidId();
        RuleFor(c => c.Reason).RequiredText(500);
        RuleFor(c => c.Reference).RequiredText(100);
    }
}
