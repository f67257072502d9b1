namespace Groupus.Application.Privacy;

/// <summary>
/// The privacy module's hold on every data subject's key. Destroying a subject's key is the last step of an erasure,
/// after every module's provider has run: what any copy of the database or content store still holds of the person
/// can no longer be decrypted.
/// </summary>
public interface ISubjectKeyVault
{
    /// <summary>Destroys the subject's key and removes its identifiers from the register; a tombstone records when. Safe to call again.</summary>
    Task DestroyAsync(Guid subjectId, CancellationToken cancellationToken);

    Task<SubjectKeyState> StateOfAsync(Guid subjectId, CancellationToken cancellationToken);
}
