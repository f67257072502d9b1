namespace Groupus.Contracts.Privacy;

/// <summary>
/// The privacy module's register of data subjects: which identifiers name which person. Modules enrol a person when
/// they first store personal data about them and keep the returned subject id next to that data; the privacy
/// officer's search goes through the same register. Identifiers are kept only as keyed hashes (a blind index).
/// </summary>
public interface IDataSubjectRegistry
{
    /// <summary>
    /// The subject one of the strong identifiers (<see cref="SubjectIdentifier.IsStrong"/>) already names (the oldest,
    /// when they name several), or a new one: a shared identifier (phone, name and company) never joins two people.
    /// Every strong identifier not yet linked to anyone is linked to the subject; every weak one is linked to it too,
    /// beside any other subject it names. Safe to call again with the same identifiers.
    /// </summary>
    Task<Guid> EnrolAsync(IReadOnlyCollection<SubjectIdentifier> identifiers, CancellationToken cancellationToken);

    /// <summary>Links further identifiers to a known subject (a corrected address or number); a strong one another subject holds is left with it.</summary>
    Task LinkAsync(Guid subjectId, IReadOnlyCollection<SubjectIdentifier> identifiers, CancellationToken cancellationToken);

    /// <summary>
    /// The subjects this identifier names (none when it is unknown or its subject was erased): at most one for a strong
    /// identifier; for a weak one every candidate, for the privacy officer to confirm.
    /// </summary>
    Task<IReadOnlyList<Guid>> FindAsync(SubjectIdentifier identifier, CancellationToken cancellationToken);
}
