using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Application.Fax.Telemetry;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Fax.Gateway.FinishFaxTry;

public sealed class FinishFaxTryHandler(LeasedJobs leased, IOptions<FaxOptions> options, FaxMetrics metrics, AfterCommit afterCommit, TimeProvider clock)
    : ICommandHandler<FinishFaxTryCommand, Result<FaxJobDto>>
{
    public async ValueTask<Result<FaxJobDto>> Handle(FinishFaxTryCommand command, CancellationToken cancellationToken)
    {
        var job = await leased.HeldAsync(command.JobId, command.LeaseId, cancellationToken);
        if (!job.IsSuccess)
        {
            return job.Error!;
        }

        var phase = job.Value.Phase;
        job.Value.FinishTry(command.Report, options.Value.RetryPolicy, clock.GetUtcNow().UtcDateTime);
        afterCommit.Add(() => metrics.OutboundCallEnded(command.Report, phase));
        return FaxJobDto.From(job.Value);
    }
}
