namespace Groupus.Infrastructure.Privacy.Vault;

/// <summary>A new subject's id and key, and the key wrapped by the master key as the vault stores it.</summary>
internal sealed record NewSubjectKey(Guid SubjectId, byte[] Key, byte[] WrappedKey, string CreatedAt);
