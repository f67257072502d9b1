using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Fax.Gateway.RenewGatewayLeases;

public sealed class RenewGatewayLeasesHandler(IFaxJobRepository jobs, ICurrentUser caller, IOptions<FaxOptions> options, TimeProvider clock)
    : ICommandHandler<RenewGatewayLeasesCommand, Result<int>>
{
    public async ValueTask<Result<int>> Handle(RenewGatewayLeasesCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var held = await jobs.ListLeasedToAsync(caller.PrincipalId!.Value, cancellationToken);
        foreach (var job in held)
        {
            job.RenewLease(options.Value.LeaseDuration, now);
        }

        return held.Count;
    }
}
