using Groupus.Application.Common.Results;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Groupus.Application.Identity.Gateways.AuthenticateGateway;

public sealed partial class AuthenticateGatewayHandler(
    IGatewayCredentialRepository credentials, IPasswordHasher hasher, IAccessTokenIssuer tokens, TimeProvider clock, ILogger<AuthenticateGatewayHandler> logger)
    : ICommandHandler<AuthenticateGatewayCommand, Result<AccessToken>>
{
    private static readonly Error Refused = Error.Unauthenticated("Unknown gateway, wrong secret, or revoked credential.");

    public async ValueTask<Result<AccessToken>> Handle(AuthenticateGatewayCommand command, CancellationToken cancellationToken)
    {
        var credential = await credentials.GetAsync(Guid.Parse(command.GatewayId), cancellationToken);
        if (credential is null)
        {
            hasher.VerifyAgainstDecoy(command.Secret);
            return Refused;
        }

        if (credential.IsRevoked || hasher.Verify(credential.SecretHash, command.Secret) == PasswordCheck.Failed)
        {
            LogRefused(logger, credential.Id, credential.IsRevoked);
            return Refused;
        }

        credential.RecordAuthentication(clock.GetUtcNow().UtcDateTime);
        return tokens.IssueForGateway(credential);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway {GatewayId} refused (revoked: {Revoked})")]
    private static partial void LogRefused(ILogger logger, Guid gatewayId, bool revoked);
}
