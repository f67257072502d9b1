namespace Groupus.Application.Common.Content;

/// <summary>Large binary content (fax pages, exports) kept outside the database, encrypted at rest, referenced by id.</summary>
public interface IContentStore
{
    Task<Guid> PutAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The content, decrypted; null when there is none with that id (deleted, or never stored).</summary>
    Task<byte[]?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken);
}
