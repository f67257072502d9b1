using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Visitors.SignOutVisitor;

public sealed class SignOutVisitorValidator : RequestValidator<SignOutVisitorCommand>
{
    public SignOutVisitorValidator()
    {
        RuleFor(c => c.VisitId)
            .Must((command, visitId) => visitId is not null || command.BadgeNumber is not null)
            .WithMessage("give either the visit id or the badge number");
        When(c => c.VisitId is not null, () => RuleFor(c => c.VisitId).ValidId());
        When(c => c.BadgeNumber is not null, () => RuleFor(c => c.BadgeNumber).BadgeNumber());
    }
}
