using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Accounts.Gateways.GatewayHello;

public sealed class GatewayHelloHandler(IGatewayCredentialRepository credentials, ICurrentUser caller, TimeProvider clock)
    : IQueryHandler<GatewayHelloQuery, Result<GatewayGreeting>>
{
    public async ValueTask<Result<GatewayGreeting>> Handle(GatewayHelloQuery query, CancellationToken cancellationToken)
    {
        var credential = await credentials.GetAsync(caller.PrincipalId!.Value, cancellationToken);
        if (credential is null || credential.IsRevoked)
        {
            return Error.Unauthenticated("This gateway's credential has been revoked.");
        }

        return new GatewayGreeting(credential.Id, credential.Name, clock.GetUtcNow().UtcDateTime);
    }
}
