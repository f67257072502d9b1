namespace Groupus.Infrastructure.Persistence.Subjects;

/// <summary>The data subjects' AES-256 keys, for encrypting their fields and content (the privacy vault holds them).</summary>
internal interface ISubjectKeys
{
    /// <summary>The subject's key, or null when it was destroyed (the subject was erased) or the subject was never enrolled.</summary>
    byte[]? Find(Guid subjectId);

    /// <summary>True when the subject's key was destroyed: the subject was erased.</summary>
    bool WasDestroyed(Guid subjectId);

    /// <summary>
    /// How many key destructions this process has learnt of, here or through another node. Personal text opened and
    /// kept (a read cache) is stale once this changes: the key that opened it may be gone.
    /// </summary>
    long Destructions { get; }
}
