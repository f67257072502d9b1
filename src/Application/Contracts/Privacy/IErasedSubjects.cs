namespace Groupus.Contracts.Privacy;

/// <summary>
/// Whether a person's key is gone: they were erased. The answer comes from the subject key vault, which is never
/// restored from an old copy, so it holds even when the database was restored from before the erasure.
/// </summary>
public interface IErasedSubjects
{
    /// <summary>True when the subject has no key any more (erased, or unknown to the vault); false for Guid.Empty (not enrolled).</summary>
    Task<bool> IsErasedAsync(Guid subjectId, CancellationToken cancellationToken);
}
