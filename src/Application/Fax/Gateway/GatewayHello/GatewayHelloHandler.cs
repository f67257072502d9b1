using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Contracts.Identity;
using Mediator;

namespace Groupus.Application.Fax.Gateway.GatewayHello;

public sealed class GatewayHelloHandler(IGatewayDirectory gateways, ICurrentUser caller, TimeProvider clock)
    : IQueryHandler<GatewayHelloQuery, Result<GatewayGreeting>>
{
    public async ValueTask<Result<GatewayGreeting>> Handle(GatewayHelloQuery query, CancellationToken cancellationToken)
    {
        var gatewayId = caller.PrincipalId!.Value;
        var name = await gateways.FindActiveNameAsync(gatewayId, cancellationToken);
        return name is null
            ? GatewayErrors.Revoked
            : new GatewayGreeting(gatewayId, name, clock.GetUtcNow().UtcDateTime);
    }
}
