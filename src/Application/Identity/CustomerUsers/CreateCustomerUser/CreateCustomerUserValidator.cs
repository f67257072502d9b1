using FluentValidation;
using Groupus.Application.Identity.Passwords;
using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Identity.CustomerUsers.CreateCustomerUser;

public sealed class CreateCustomerUserValidator : RequestValidator<CreateCustomerUserCommand>
{
    public CreateCustomerUserValidator(IPhoneNumbers phones, ICommonPasswordList commonPasswords)
    {
        RuleFor(c => c.Username).Username();
        RuleFor(c => c.DisplayName).DisplayName();
        RuleFor(c => c.WorkEmail).EmailAddress();
        RuleFor(c => c.WorkPhone).PhoneNumber(phones);
        RuleFor(c => c.Role).OrganisationRoleName();
        RuleFor(c => c.InitialPassword).NewPassword(commonPasswords)
            .Must((c, password) => !UsernameDerivedPasswords.IsDerivedFrom(password, c.Username)).WithMessage(UsernameDerivedPasswords.Message);
    }
}
