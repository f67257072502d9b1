using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Application.Fax.Telemetry;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Fax.Gateway.ExpireFaxLeases;

public sealed class ExpireFaxLeasesHandler(IFaxJobRepository jobs, IOptions<FaxOptions> options, FaxMetrics metrics, AfterCommit afterCommit, TimeProvider clock)
    : ICommandHandler<ExpireFaxLeasesCommand, Result<IReadOnlyList<Guid>>>
{
    public async ValueTask<Result<IReadOnlyList<Guid>>> Handle(ExpireFaxLeasesCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lapsed = await jobs.ListLapsedLeasesAsync(now, ExpireFaxLeasesCommand.BatchSize, cancellationToken);
        foreach (var job in lapsed)
        {
            var phase = job.Phase;
            job.ExpireLease(options.Value.RetryPolicy, now);
            afterCommit.Add(() => metrics.OutboundCallLost(phase));
        }

        return lapsed.Select(j => j.Id).ToList();
    }
}
