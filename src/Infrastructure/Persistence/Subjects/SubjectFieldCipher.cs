using System.Security.Cryptography;
using System.Text;

namespace Groupus.Infrastructure.Persistence.Subjects;

/// <summary>
/// Seals a personal text value under its subject's key: <c>gp1:</c> + base64(subject id ‖ nonce ‖ tag ‖ ciphertext),
/// AES-256-GCM with the subject id and the column ("table.column") as associated data, so a value cannot be moved to
/// another person's row or another column unnoticed. Once the subject's key is destroyed it opens as <see cref="ErasedPlaceholder"/>.
/// </summary>
internal sealed class SubjectFieldCipher(ISubjectKeys keys)
{
    public const string Prefix = "gp1:";
    public const string ErasedPlaceholder = "[erased]";
    private const int IdSize = 16;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>The longest envelope a value of at most this many characters can become (3 UTF-8 bytes per UTF-16 unit at worst).</summary>
    public static int StoredLength(int plaintextChars) => Prefix.Length + (4 * ((IdSize + NonceSize + TagSize + (3 * plaintextChars) + 2) / 3));

    public static bool IsSealed(string? stored) => stored is not null && stored.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>
    /// The envelope of the value; for an erased subject the placeholder instead, whatever the value: their erasure is
    /// being applied again to rows a restored database brought back, and nothing new about them may be stored.
    /// </summary>
    public string Seal(Guid subjectId, string column, string plaintext)
    {
        var key = keys.Find(subjectId);
        if (key is null)
        {
            return keys.WasDestroyed(subjectId)
                ? ErasedPlaceholder
                : throw new InvalidOperationException($"Data subject {subjectId} has no key (never enrolled): personal data cannot be written for it.");
        }

        var plain = Encoding.UTF8.GetBytes(plaintext);
        var envelope = new byte[IdSize + NonceSize + TagSize + plain.Length];
        subjectId.TryWriteBytes(envelope);
        var nonce = envelope.AsSpan(IdSize, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var gcm = new AesGcm(key, TagSize))
        {
            gcm.Encrypt(nonce, plain, envelope.AsSpan(IdSize + NonceSize + TagSize), envelope.AsSpan(IdSize + NonceSize, TagSize), AssociatedData(subjectId, column));
        }

        return Prefix + Convert.ToBase64String(envelope);
    }

    /// <summary>The plaintext; a value not sealed (a row not yet backfilled) as it is; the placeholder when the subject was erased.</summary>
    public string Open(string stored, string column)
    {
        if (!IsSealed(stored))
        {
            return stored;
        }

        var envelope = Convert.FromBase64String(stored[Prefix.Length..]);
        var subjectId = new Guid(envelope.AsSpan(0, IdSize));
        var key = keys.Find(subjectId);
        if (key is null)
        {
            return ErasedPlaceholder;
        }

        var plain = new byte[envelope.Length - IdSize - NonceSize - TagSize];
        using var gcm = new AesGcm(key, TagSize);
        gcm.Decrypt(envelope.AsSpan(IdSize, NonceSize), envelope.AsSpan(IdSize + NonceSize + TagSize), envelope.AsSpan(IdSize + NonceSize, TagSize), plain, AssociatedData(subjectId, column));
        return Encoding.UTF8.GetString(plain);
    }

    private static byte[] AssociatedData(Guid subjectId, string column) => [.. subjectId.ToByteArray(), .. Encoding.UTF8.GetBytes(column)];
}
