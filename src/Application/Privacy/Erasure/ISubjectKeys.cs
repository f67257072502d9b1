namespace Groupus.Application.Privacy.Erasure;

/// <summary>
/// The subject's data key (crypto-shredding): destroying it makes every field and blob encrypted under it unreadable,
/// backups included. Bound to the subject key vault by the composition root.
/// </summary>
public interface ISubjectKeys
{
    /// <summary>Destroys the subject's key; safe to call again.</summary>
    Task DestroyAsync(Guid subjectId, CancellationToken cancellationToken);

    Task<bool> IsDestroyedAsync(Guid subjectId, CancellationToken cancellationToken);
}
