using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Fax.Gateway.GatewayHello;

/// <summary>The gateway link's first call: who the core takes the gateway to be, and the core's clock.</summary>
[GatewayOnly]
public sealed record GatewayHelloQuery : IQuery<Result<GatewayGreeting>>;
