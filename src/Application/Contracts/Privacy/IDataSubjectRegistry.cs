namespace Groupus.Contracts.Privacy;

/// <summary>
/// The privacy module's register of data subjects: which identifiers name which person. Modules enrol a person when
/// they first store personal data about them and keep the returned subject id next to that data; the privacy
/// officer's search goes through the same register. Identifiers are kept only as keyed hashes (a blind index).
/// </summary>
public interface IDataSubjectRegistry
{
    /// <summary>
    /// The subject any of these identifiers already names (the oldest, when they name several), or a new one; every
    /// identifier not yet linked to anyone is linked to it. Safe to call again with the same identifiers.
    /// </summary>
    Task<Guid> EnrolAsync(IReadOnlyCollection<SubjectIdentifier> identifiers, CancellationToken cancellationToken);

    /// <summary>The subjects this identifier names (none when it is unknown or its subject was erased).</summary>
    Task<IReadOnlyList<Guid>> FindAsync(SubjectIdentifier identifier, CancellationToken cancellationToken);
}
