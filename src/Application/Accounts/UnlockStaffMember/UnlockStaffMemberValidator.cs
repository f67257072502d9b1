using FluentValidation;

namespace Groupus.Application.Accounts.UnlockStaffMember;

public sealed class UnlockStaffMemberValidator : AbstractValidator<UnlockStaffMemberCommand>
{
    public UnlockStaffMemberValidator() => RuleFor(c => c.Username).Username();
}
