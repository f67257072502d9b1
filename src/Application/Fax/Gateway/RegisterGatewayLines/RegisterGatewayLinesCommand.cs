using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Fax.Gateway.RegisterGatewayLines;

/// <summary>
/// A gateway (re)connects: its lines replace those it registered before, and of the jobs it says it still holds,
/// those whose lease is still current are renewed; the others are reported lost so it stops them.
/// </summary>
[GatewayOnly]
public sealed record RegisterGatewayLinesCommand(IReadOnlyList<GatewayLineRegistration> Lines, IReadOnlyList<HeldLease> ActiveJobs)
    : ICommand<Result<GatewayRegistration>>
{
    public const int MaxLines = 256;
    public const int MaxLineIdLength = 64;
}
