using System.Security.Cryptography;
using Groupus.Application.Common.Content;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.Subjects;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Common.Content;

/// <summary>
/// Content in files under the data directory's <c>content</c> folder, each encrypted with AES-GCM under its own
/// random key, which is itself kept wrapped (AES-GCM) by the store's master key in <c>content.key</c> (owner-only).
/// A blob's key lives inside the blob's file, so deleting the file destroys the only copy of its key.
/// A blob about one data subject (<c>GCS2</c>) has its key wrapped by that subject's key instead, with the subject id in
/// the header: once the vault destroys the subject's key, that blob and every copy of it stay sealed.
/// </summary>
internal sealed class EncryptedFileContentStore(IOptions<GroupusOptions> groupus, ISubjectKeys subjectKeys) : IContentStore
{
    private static readonly byte[] Magic = "GCS1"u8.ToArray();
    private static readonly byte[] SubjectMagic = "GCS2"u8.ToArray();
    private const int IdSize = 16;
    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly Lazy<byte[]> _masterKey = new(() => LoadOrCreateMasterKey(groupus.Value.ResolveDataDirectory()));

    public Task<Guid> PutAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        WriteAsync(content, Magic, [], _masterKey.Value, cancellationToken);

    public Task<Guid> PutAsync(ReadOnlyMemory<byte> content, Guid dataSubjectId, CancellationToken cancellationToken)
    {
        var subjectKey = subjectKeys.Find(dataSubjectId)
            ?? throw new InvalidOperationException($"Data subject {dataSubjectId} has no key (never enrolled, or erased).");
        return WriteAsync(content, SubjectMagic, dataSubjectId.ToByteArray(), subjectKey, cancellationToken);
    }

    private async Task<Guid> WriteAsync(ReadOnlyMemory<byte> content, byte[] magic, byte[] subject, byte[] wrappingKey, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var dataKey = RandomNumberGenerator.GetBytes(KeySize);
        var (keyNonce, keyTag, wrappedKey) = Seal(wrappingKey, dataKey);
        var (nonce, tag, cipher) = Seal(dataKey, content.Span);
        CryptographicOperations.ZeroMemory(dataKey);

        var path = PathOf(id);
        DataDirectory.EnsureExists(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        await using (var file = OwnerOnlyFile.CreateNew(temporary, useAsync: true))
        {
            foreach (var part in new[] { magic, subject, keyNonce, keyTag, wrappedKey, nonce, tag, cipher })
            {
                await file.WriteAsync(part, cancellationToken);
            }

            await file.FlushAsync(cancellationToken);
        }

        File.Move(temporary, path);
        return id;
    }

    public async Task<byte[]?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var path = PathOf(id);
        if (!File.Exists(path))
        {
            return null;
        }

        var sealedBlob = await File.ReadAllBytesAsync(path, cancellationToken);
        var header = Magic.Length + NonceSize + TagSize + KeySize + NonceSize + TagSize;
        var subjectKeyed = sealedBlob.Length >= header + IdSize && sealedBlob.AsSpan(0, SubjectMagic.Length).SequenceEqual(SubjectMagic);
        if (!subjectKeyed && (sealedBlob.Length < header || !sealedBlob.AsSpan(0, Magic.Length).SequenceEqual(Magic)))
        {
            throw new InvalidDataException($"Content {id} is not in the store's format.");
        }

        var span = sealedBlob.AsSpan(Magic.Length);
        var wrappingKey = _masterKey.Value;
        if (subjectKeyed)
        {
            var subjectKey = subjectKeys.Find(new Guid(span[..IdSize]));
            if (subjectKey is null)
            {
                return null;
            }

            wrappingKey = subjectKey;
            span = span[IdSize..];
        }

        var dataKey = Open(wrappingKey, span[..NonceSize], span.Slice(NonceSize, TagSize), span.Slice(NonceSize + TagSize, KeySize));
        span = span[(NonceSize + TagSize + KeySize)..];
        var content = Open(dataKey, span[..NonceSize], span.Slice(NonceSize, TagSize), span[(NonceSize + TagSize)..]);
        CryptographicOperations.ZeroMemory(dataKey);
        return content;
    }

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(id));
        return Task.CompletedTask;
    }

    private string PathOf(Guid id)
    {
        var name = id.ToString("N");
        return Path.Combine(groupus.Value.ResolveDataDirectory(), "content", name[^2..], name + ".bin");
    }

    private static (byte[] Nonce, byte[] Tag, byte[] Cipher) Seal(byte[] key, ReadOnlySpan<byte> plain)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var tag = new byte[TagSize];
        var cipher = new byte[plain.Length];
        using var gcm = new AesGcm(key, TagSize);
        gcm.Encrypt(nonce, plain, cipher, tag);
        return (nonce, tag, cipher);
    }

    private static byte[] Open(byte[] key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> tag, ReadOnlySpan<byte> cipher)
    {
        var plain = new byte[cipher.Length];
        using var gcm = new AesGcm(key, TagSize);
        gcm.Decrypt(nonce, cipher, tag, plain);
        return plain;
    }

    private static byte[] LoadOrCreateMasterKey(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "content.key");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(dataDirectory);
            try
            {
                using var file = OwnerOnlyFile.CreateNew(path);
                file.Write(RandomNumberGenerator.GetBytes(KeySize));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another node created it first.
            }
        }

        var key = File.ReadAllBytes(path);
        return key.Length == KeySize ? key : throw new InvalidDataException($"{path} is not a {KeySize}-byte key.");
    }
}
