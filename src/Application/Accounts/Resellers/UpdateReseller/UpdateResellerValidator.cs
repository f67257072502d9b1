using FluentValidation;
using Groupus.Application.Accounts.Organisations;
using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Accounts.Resellers.UpdateReseller;

public sealed class UpdateResellerValidator : RequestValidator<UpdateResellerCommand>
{
    public UpdateResellerValidator(IPhoneNumbers phones)
    {
        RuleFor(c => c.ResellerId).ValidId();
        RuleFor(c => c.Name).RequiredText(200);
        RuleFor(c => c.Kind).NotNull().WithMessage("is required").IsInEnum().WithMessage("must be reseller or distributor");
        RuleFor(c => c.Address).NotNull().WithMessage("is required").SetValidator(new AddressValidator()!);
        RuleFor(c => c.Email).EmailAddress();
        RuleFor(c => c.Phone).NotEmpty().WithMessage("is required").PhoneNumber(phones);
        RuleFor(c => c.AgreementReference).AgreementReference();
        RuleFor(c => c.Status).NotNull().WithMessage("is required").IsInEnum().WithMessage("must be active, suspended or terminated");
    }
}
