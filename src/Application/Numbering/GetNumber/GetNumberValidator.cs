using FluentValidation;
using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Numbering.GetNumber;

public sealed class GetNumberValidator : RequestValidator<GetNumberQuery>
{
    public GetNumberValidator(IPhoneNumbers phones)
    {
        RuleFor(q => q.NumberId).ValidId().When(q => q.NumberId is not null);
        RuleFor(q => q.Number).PhoneNumber(phones);
        RuleFor(q => q.NumberId).NotEmpty().WithMessage("give the number's id or the number").When(q => q.Number is null);
        RuleFor(q => q.Number).Null().WithMessage("give the number's id or the number, not both").When(q => q.NumberId is not null);
    }
}
