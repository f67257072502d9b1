namespace Groupus.Contracts.Privacy;

/// <summary>The privacy module's answer to "may we process this person's data for this purpose now?" (restriction and objection).</summary>
public interface IProcessingRestrictions
{
    /// <summary>True when processing for the purpose is restricted or objected to for any subject the identifier names.</summary>
    Task<bool> IsRestrictedAsync(SubjectIdentifier identifier, ProcessingPurpose purpose, CancellationToken cancellationToken);

    /// <summary>Those of the given subjects whose data must not be processed for the purpose.</summary>
    Task<IReadOnlySet<Guid>> RestrictedAmongAsync(IReadOnlyCollection<Guid> subjectIds, ProcessingPurpose purpose, CancellationToken cancellationToken);
}
