namespace Groupus.Contracts.Privacy;

/// <summary>
/// The privacy module's legal holds, as every retention sweeper must consult them: a held person's data is kept as it
/// is (not deleted, not anonymised) until the hold is released, whatever the retention period says.
/// </summary>
public interface ILegalHoldRegister
{
    /// <summary>The subjects under at least one active hold.</summary>
    Task<IReadOnlySet<Guid>> HeldSubjectsAsync(CancellationToken cancellationToken);
}
