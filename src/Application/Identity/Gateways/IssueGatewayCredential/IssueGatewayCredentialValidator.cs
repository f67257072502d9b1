using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Identity.Gateways.IssueGatewayCredential;

public sealed class IssueGatewayCredentialValidator : RequestValidator<IssueGatewayCredentialCommand>
{
    public IssueGatewayCredentialValidator() =>
        RuleFor(c => c.Name).NotEmpty().WithMessage("is required")
            .Matches("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$").WithMessage("must be 1 to 64 letters, digits, dots, hyphens or underscores");
}
