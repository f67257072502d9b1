using Groupus.Domain.Common;
using FluentValidation;
using Groupus.Application.Identity.Passwords;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Identity.CreateStaffMember;

public sealed class CreateStaffMemberValidator : RequestValidator<CreateStaffMemberCommand>
{
    public CreateStaffMemberValidator(ICommonPasswordList commonPasswords)
    {
        RuleFor(c => c.Username).Username();
        RuleFor(c => c.DisplayName).RequiredText(200).MustBePrintableText();
        RuleFor(c => c.Roles).NotEmpty().WithMessage($"must list at least one of: {string.Join(", ", StaffRole.All)}");
        RuleForEach(c => c.Roles).Must(StaffRole.IsKnown).WithMessage($"must be one of: {string.Join(", ", StaffRole.All)}");
        RuleFor(c => c.InitialPassword).NewPassword(commonPasswords)
            .Must((c, password) => !UsernameDerivedPasswords.IsDerivedFrom(password, c.Username)).WithMessage(UsernameDerivedPasswords.Message);
    }
}
