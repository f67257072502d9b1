using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Visitors.PreRegisterVisitor;

public sealed class PreRegisterVisitorValidator : RequestValidator<PreRegisterVisitorCommand>
{
    /// <summary>Lets reception record a visitor who was due a little earlier today.</summary>
    private static readonly TimeSpan PastTolerance = TimeSpan.FromHours(12);

    public PreRegisterVisitorValidator(TimeProvider clock)
    {
        RuleFor(c => c.VisitorName).VisitorName();
        RuleFor(c => c.Company).Company();
        RuleFor(c => c.HostUsername).HostUsername();
        RuleFor(c => c.Purpose).OptionalText(VisitorRules.PurposeMaxLength).MustBePrintableText();
        RuleFor(c => c.ExpectedAt)
            .NotNull().WithMessage("is required")
            .Must(at => at >= clock.GetUtcNow().UtcDateTime - PastTolerance).WithMessage("must not be in the past")
            .Must(at => at <= clock.GetUtcNow().UtcDateTime.AddYears(1)).WithMessage("must be within a year");
    }
}
