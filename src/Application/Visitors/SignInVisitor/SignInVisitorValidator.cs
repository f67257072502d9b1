using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Visitors.SignInVisitor;

public sealed class SignInVisitorValidator : RequestValidator<SignInVisitorCommand>
{
    public SignInVisitorValidator()
    {
        RuleFor(c => c.BadgeNumber).BadgeNumber();
        RuleFor(c => c.Company).Company();
        RuleFor(c => c.Purpose).OptionalText(VisitorRules.PurposeMaxLength).MustBePrintableText();
        When(c => c.IsWalkIn, () =>
        {
            RuleFor(c => c.VisitorName).VisitorName();
            RuleFor(c => c.HostUsername).HostUsername();
            RuleFor(c => c.Purpose).NotEmpty().WithMessage("is required for a visitor who was not pre-registered");
        }).Otherwise(() =>
        {
            RuleFor(c => c.VisitId).ValidId();
            RuleFor(c => c.VisitorName).OptionalText(VisitorRules.NameMaxLength).MustBePrintableText();
            RuleFor(c => c.HostUsername).OptionalText(64).MustBePrintableText();
        });
    }
}
