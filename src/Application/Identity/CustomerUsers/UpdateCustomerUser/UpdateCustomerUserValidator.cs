using FluentValidation;
using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Identity.CustomerUsers.UpdateCustomerUser;

public sealed class UpdateCustomerUserValidator : RequestValidator<UpdateCustomerUserCommand>
{
    public UpdateCustomerUserValidator(IPhoneNumbers phones)
    {
        RuleFor(c => c.UserId).ValidId();
        RuleFor(c => c.DisplayName).DisplayName();
        RuleFor(c => c.WorkEmail).EmailAddress();
        RuleFor(c => c.WorkPhone).PhoneNumber(phones);
        RuleFor(c => c.Role).OrganisationRoleName();
    }
}
