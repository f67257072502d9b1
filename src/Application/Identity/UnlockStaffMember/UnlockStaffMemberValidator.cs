using Groupus.Application.Common.Validation;
using FluentValidation;
using Groupus.Application.Identity.Passwords;

namespace Groupus.Application.Identity.UnlockStaffMember;

public sealed class UnlockStaffMemberValidator : RequestValidator<UnlockStaffMemberCommand>
{
    public UnlockStaffMemberValidator() => RuleFor(c => c.Username).Username();
}
