using Groupus.Application.Common.Validation;

namespace Groupus.Application.Identity.Gateways.RevokeGatewayCredential;

public sealed class RevokeGatewayCredentialValidator : RequestValidator<RevokeGatewayCredentialCommand>
{
    public RevokeGatewayCredentialValidator() => RuleFor(c => c.GatewayId).ValidId();
}
