using Groupus.Application.Common.Results;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Visitors;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Visitors.AnonymiseExpiredVisits;

/// <summary>A visit of a person under a legal hold is left as it is until the hold is released (the privacy module says who is held).</summary>
public sealed class AnonymiseExpiredVisitsHandler(IVisitRepository visits, ILegalHoldRegister holds, IOptions<VisitorRetentionOptions> options, TimeProvider clock)
    : ICommandHandler<AnonymiseExpiredVisitsCommand, Result<RetentionRunDto>>
{
    public async ValueTask<Result<RetentionRunDto>> Handle(AnonymiseExpiredVisitsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutOff = now.AddDays(-options.Value.RetainDays);
        var due = await visits.ListDueForAnonymisationAsync(cutOff, await holds.HeldSubjectsAsync(cancellationToken), options.Value.BatchSize, cancellationToken);
        foreach (var visit in due)
        {
            visit.Anonymise(now);
        }

        var run = VisitRetentionRun.Record(now, cutOff, due.Count);
        visits.AddRetentionRun(run);
        return new RetentionRunDto(run.RanAtUtc, run.CutOffUtc, run.AnonymisedCount);
    }
}
