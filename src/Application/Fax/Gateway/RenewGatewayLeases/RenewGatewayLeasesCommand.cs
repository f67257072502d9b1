using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Fax.Gateway.RenewGatewayLeases;

/// <summary>A heartbeat: every lease the gateway holds runs on.</summary>
[GatewayOnly]
public sealed record RenewGatewayLeasesCommand : ICommand<Result<int>>;
