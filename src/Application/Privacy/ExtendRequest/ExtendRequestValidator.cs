using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Privacy.ExtendRequest;

public sealed class ExtendRequestValidator : RequestValidator<ExtendRequestCommand>
{
    public ExtendRequestValidator()
    {
        RuleFor(c => c.RequestId).ValidId();
        RuleFor(c => c.Days).InclusiveBetween(1, 365).WithMessage("must be between 1 and 365");
        RuleFor(c => c.Reason).RequiredText(500);
    }
}
