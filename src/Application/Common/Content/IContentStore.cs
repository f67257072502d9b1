namespace Groupus.Application.Common.Content;

/// <summary>Large binary content (fax pages, exports) kept outside the database, encrypted at rest, referenced by id.</summary>
public interface IContentStore
{
    Task<Guid> PutAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>
    /// Stores content about one data subject under that subject's key: once the key is destroyed (erasure), neither
    /// this blob nor any copy of it can be opened, and <see cref="GetAsync"/> returns null.
    /// </summary>
    Task<Guid> PutAsync(ReadOnlyMemory<byte> content, Guid dataSubjectId, CancellationToken cancellationToken);

    /// <summary>The content, decrypted; null when there is none with that id (deleted, its subject erased, or never stored).</summary>
    Task<byte[]?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken);
}
