using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Fax.SubmitFax;

public sealed class SubmitFaxValidator : RequestValidator<SubmitFaxCommand>
{
    public SubmitFaxValidator()
    {
        RuleFor(c => c.To).RequiredText(40);
        RuleFor(c => c.Priority).InclusiveBetween(0, SubmitFaxCommand.MaxPriority);
        RuleFor(c => c.Resolution).IsInEnum();
        When(c => c.Cover is not null, () =>
        {
            RuleFor(c => c.Cover!.From).RequiredText(100).OverridePropertyName("cover.from");
            RuleFor(c => c.Cover!.To).RequiredText(100).OverridePropertyName("cover.to");
            RuleFor(c => c.Cover!.Subject).OptionalText(200).OverridePropertyName("cover.subject");
            RuleFor(c => c.Cover!.Note).OptionalText(2000).OverridePropertyName("cover.note");
        });
    }
}
