using FluentValidation;
using Groupus.Application.Identity.Passwords;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Identity.CustomerUsers.CustomerLogin;

public sealed class CustomerLoginValidator : PasswordLoginValidator<CustomerLoginCommand>
{
    public CustomerLoginValidator(ICommonPasswordList commonPasswords)
        : base(commonPasswords) =>
        RuleFor(c => c.OrganisationId).NotEmpty().WithMessage("is required: a customer signs in to their organisation").ValidId();
}
