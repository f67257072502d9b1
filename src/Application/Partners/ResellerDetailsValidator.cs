using FluentValidation;
using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Partners;

/// <summary>The checks on a reseller's details, shared by adding and updating one.</summary>
public abstract class ResellerDetailsValidator<TCommand> : RequestValidator<TCommand>
    where TCommand : IResellerDetails
{
    protected ResellerDetailsValidator(IPhoneNumbers phones)
    {
        RuleFor(c => c.Name).RequiredText(200).MustBePrintableText();
        RuleFor(c => c.Kind).NotNull().WithMessage("is required").IsInEnum().WithMessage("must be reseller or distributor");
        RuleFor(c => c.Address).NotNull().WithMessage("is required").SetValidator(new AddressValidator()!);
        RuleFor(c => c.Email).EmailAddress();
        RuleFor(c => c.Phone).NotEmpty().WithMessage("is required").PhoneNumber(phones);
        RuleFor(c => c.AgreementReference).AgreementReference();
    }
}
