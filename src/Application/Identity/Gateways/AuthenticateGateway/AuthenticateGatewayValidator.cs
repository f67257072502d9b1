using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Identity.Gateways.AuthenticateGateway;

public sealed class AuthenticateGatewayValidator : RequestValidator<AuthenticateGatewayCommand>
{
    public AuthenticateGatewayValidator()
    {
        RuleFor(c => c.GatewayId).ValidId();
        RuleFor(c => c.Secret).NotEmpty().WithMessage("is required").MaximumLength(128).WithMessage("must be at most 128 characters");
    }
}
