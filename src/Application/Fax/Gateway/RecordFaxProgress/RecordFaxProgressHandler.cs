using Groupus.Application.Common.Results;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Fax.Gateway.RecordFaxProgress;

public sealed class RecordFaxProgressHandler(LeasedJobs leased, IOptions<FaxOptions> options, TimeProvider clock)
    : ICommandHandler<RecordFaxProgressCommand, Result<FaxJobDto>>
{
    public async ValueTask<Result<FaxJobDto>> Handle(RecordFaxProgressCommand command, CancellationToken cancellationToken)
    {
        var job = await leased.HeldAsync(command.JobId, command.LeaseId, cancellationToken);
        if (!job.IsSuccess)
        {
            return job.Error!;
        }

        job.Value.RecordProgress(command.Phase, command.PageNumber, command.Page, command.RemoteId, options.Value.LeaseDuration, clock.GetUtcNow().UtcDateTime);
        return FaxJobDto.From(job.Value);
    }
}
