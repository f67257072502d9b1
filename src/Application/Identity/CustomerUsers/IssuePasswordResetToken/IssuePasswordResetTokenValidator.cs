using Groupus.Application.Common.Validation;

namespace Groupus.Application.Identity.CustomerUsers.IssuePasswordResetToken;

public sealed class IssuePasswordResetTokenValidator : RequestValidator<IssuePasswordResetTokenCommand>
{
    public IssuePasswordResetTokenValidator() => RuleFor(c => c.UserId).ValidId();
}
