using Groupus.Application.Common.Results;

namespace Groupus.Application.Common.Persistence;

/// <summary>
/// Commits everything the current use case changed, each module's changes in one transaction together
/// with the integration events they raised (the outbox). Concurrency conflicts and duplicates come back as results.
/// </summary>
public interface IUnitOfWork
{
    Task<Result> CommitAsync(CancellationToken cancellationToken);
}
