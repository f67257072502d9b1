namespace Groupus.Application.Privacy;

/// <summary>
/// Every person whose key was destroyed (the vault's tombstones). The vault is backed up apart from the database and
/// never restored from an old copy, so after a database restore this list says whose erasure must be applied again.
/// </summary>
public interface IErasureLedger
{
    Task<IReadOnlyList<Guid>> ErasedSubjectsAsync(CancellationToken cancellationToken);
}
