using FluentValidation;
using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Partners.UpdateReseller;

public sealed class UpdateResellerValidator : ResellerDetailsValidator<UpdateResellerCommand>
{
    public UpdateResellerValidator(IPhoneNumbers phones)
        : base(phones)
    {
        RuleFor(c => c.ResellerId).ValidId();
        RuleFor(c => c.Status).NotNull().WithMessage("is required").IsInEnum().WithMessage("must be active, suspended or terminated");
    }
}
