using Groupus.Application.Common.Validation;

namespace Groupus.Application.Identity.CustomerUsers.UnlockCustomerUser;

public sealed class UnlockCustomerUserValidator : RequestValidator<UnlockCustomerUserCommand>
{
    public UnlockCustomerUserValidator() => RuleFor(c => c.UserId).ValidId();
}
