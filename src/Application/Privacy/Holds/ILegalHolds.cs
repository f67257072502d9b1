using Groupus.Domain.Privacy.Holds;

namespace Groupus.Application.Privacy.Holds;

public interface ILegalHolds
{
    void Add(LegalHold hold);

    Task<LegalHold?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<int> CountActiveAsync(Guid subjectId, CancellationToken cancellationToken);

    Task<IReadOnlyList<LegalHold>> ListAsync(Guid? subjectId, bool includeReleased, CancellationToken cancellationToken);
}
