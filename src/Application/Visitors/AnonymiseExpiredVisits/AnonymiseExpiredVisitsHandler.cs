using Groupus.Application.Common.Results;
using Groupus.Domain.Visitors;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Visitors.AnonymiseExpiredVisits;

public sealed class AnonymiseExpiredVisitsHandler(IVisitRepository visits, IOptions<VisitorRetentionOptions> options, TimeProvider clock)
    : ICommandHandler<AnonymiseExpiredVisitsCommand, Result<RetentionRunDto>>
{
    public async ValueTask<Result<RetentionRunDto>> Handle(AnonymiseExpiredVisitsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutOff = now.AddDays(-options.Value.RetainDays);
        var due = await visits.ListDueForAnonymisationAsync(cutOff, options.Value.BatchSize, cancellationToken);
        foreach (var visit in due)
        {
            visit.Anonymise(now);
        }

        var run = VisitRetentionRun.Record(now, cutOff, due.Count);
        visits.AddRetentionRun(run);
        return new RetentionRunDto(run.RanAtUtc, run.CutOffUtc, run.AnonymisedCount);
    }
}
