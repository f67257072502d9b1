using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Fax.SubmitFax;

public sealed class SubmitFaxValidator : RequestValidator<SubmitFaxCommand>
{
    /// <summary>How far ahead a fax may be held back: beyond it, a typo (a year of 2062) rather than a plan.</summary>
    public static readonly TimeSpan NotBeforeHorizon = TimeSpan.FromDays(366);

    public SubmitFaxValidator(TimeProvider clock)
    {
        RuleFor(c => c.To).RequiredText(40);
        RuleFor(c => c.Priority).InclusiveBetween(0, SubmitFaxCommand.MaxPriority);
        RuleFor(c => c.Resolution).IsInEnum();
        RuleFor(c => c.NotBeforeUtc).NoFurtherAheadThan(clock, NotBeforeHorizon, "a year").OverridePropertyName("not_before");
        When(c => c.Cover is not null, () =>
        {
            RuleFor(c => c.Cover!.From).RequiredText(100).MustBePrintableText().OverridePropertyName("cover.from");
            RuleFor(c => c.Cover!.To).RequiredText(100).MustBePrintableText().OverridePropertyName("cover.to");
            RuleFor(c => c.Cover!.Subject).OptionalText(200).MustBePrintableText().OverridePropertyName("cover.subject");
            RuleFor(c => c.Cover!.Note).OptionalText(2000).OverridePropertyName("cover.note");
        });
    }
}
