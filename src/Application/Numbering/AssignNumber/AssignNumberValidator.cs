using FluentValidation;
using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Validation;
using Groupus.Domain.Numbering;

namespace Groupus.Application.Numbering.AssignNumber;

public sealed class AssignNumberValidator : RequestValidator<AssignNumberCommand>
{
    public AssignNumberValidator(IPhoneNumbers phones)
    {
        RuleFor(c => c.OrganisationId).ValidId();
        RuleFor(c => c.Number).NotEmpty().WithMessage("is required").PhoneNumber(phones);
        RuleFor(c => c.Purpose).RequiredPurpose();
        RuleFor(c => c.Label).OptionalText(PhoneNumber.MaxLabelLength).MustBePrintableText();
    }
}
