using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Identity.Gateways.RevokeGatewayCredential;

public sealed class RevokeGatewayCredentialHandler(IGatewayCredentialRepository credentials, TimeProvider clock)
    : ICommandHandler<RevokeGatewayCredentialCommand, Result<GatewayCredentialDto>>
{
    public async ValueTask<Result<GatewayCredentialDto>> Handle(RevokeGatewayCredentialCommand command, CancellationToken cancellationToken)
    {
        var credential = await credentials.GetAsync(Guid.Parse(command.GatewayId), cancellationToken);
        if (credential is null)
        {
            return Error.NotFound("The gateway credential");
        }

        credential.Revoke(clock.GetUtcNow().UtcDateTime);
        return GatewayCredentialDto.From(credential);
    }
}
