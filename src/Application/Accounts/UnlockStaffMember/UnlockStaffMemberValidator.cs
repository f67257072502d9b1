using Groupus.Application.Common.Validation;
using FluentValidation;
using Groupus.Application.Accounts.Passwords;

namespace Groupus.Application.Accounts.UnlockStaffMember;

public sealed class UnlockStaffMemberValidator : RequestValidator<UnlockStaffMemberCommand>
{
    public UnlockStaffMemberValidator() => RuleFor(c => c.Username).Username();
}
