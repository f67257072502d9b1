using FluentValidation;
using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Validation;
using Groupus.Domain.Numbering;

namespace Groupus.Application.Numbering.AssignNumberRange;

public sealed class AssignNumberRangeValidator : RequestValidator<AssignNumberRangeCommand>
{
    public AssignNumberRangeValidator(IPhoneNumbers phones)
    {
        RuleFor(c => c.OrganisationId).ValidId();
        RuleFor(c => c.FirstNumber).NotEmpty().WithMessage("is required").PhoneNumber(phones);
        RuleFor(c => c.Count).InclusiveBetween(1, AssignNumberRangeCommand.MaxCount)
            .WithMessage($"must be between 1 and {AssignNumberRangeCommand.MaxCount}");
        RuleFor(c => c.Purpose).RequiredPurpose();
        RuleFor(c => c.Label).OptionalText(PhoneNumber.MaxLabelLength).MustBePrintableText();
    }
}
