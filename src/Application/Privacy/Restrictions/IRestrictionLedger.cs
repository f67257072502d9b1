using Groupus.Contracts.Privacy;

namespace Groupus.Application.Privacy.Restrictions;

/// <summary>
/// Where restrictions and objections take effect: a running restriction or objection request records the purposes it
/// stops here, and <see cref="IProcessingRestrictions"/> answers from it. Idempotent per request.
/// </summary>
public interface IRestrictionLedger
{
    Task RestrictAsync(Guid subjectId, IReadOnlyCollection<ProcessingPurpose> purposes, Guid requestId, string reason, CancellationToken cancellationToken);

    Task LiftAsync(Guid subjectId, Guid requestId, string reason, CancellationToken cancellationToken);
}
