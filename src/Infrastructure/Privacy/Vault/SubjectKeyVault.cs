using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Groupus.Application.Privacy;
using Groupus.Contracts.Privacy;
using Groupus.Infrastructure.Persistence.Subjects;
using Microsoft.Data.Sqlite;

namespace Groupus.Infrastructure.Privacy.Vault;

/// <summary>
/// One random AES-256 key per data subject, kept wrapped (AES-GCM, the subject id as associated data) by the vault's
/// master key, and cached unwrapped in memory; read through pooled connections, written by the vault's group-committing writer. Destroying a key deletes its row (overwritten in the file), drops it
/// from the cache and the register, and leaves a tombstone so the subject reads as erased rather than unknown. A key
/// destroyed through another node is refused as soon as <see cref="DestroyedKeyWatch"/> has seen its tombstone.
/// </summary>
internal sealed class SubjectKeyVault(VaultDatabase database, VaultMasterKey masterKey, DestroyedSubjectKeys destroyedKeys, TimeProvider clock)
    : ISubjectKeys, ISubjectKeyVault, IErasedSubjects, IErasureLedger
{
    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly ConcurrentDictionary<Guid, byte[]> _cache = new();

    public byte[]? Find(Guid subjectId)
    {
        if (destroyedKeys.Contains(subjectId))
        {
            Forget(subjectId);
            return null;
        }

        if (_cache.TryGetValue(subjectId, out var cached))
        {
            return cached;
        }

        byte[]? wrapped;
        using (var connection = database.OpenReader())
        using (var command = VaultDatabase.Command(connection, "SELECT wrapped_key FROM subject_keys WHERE subject_id = $id", ("$id", subjectId.ToByteArray())))
        {
            wrapped = command.ExecuteScalar() as byte[];
        }

        if (wrapped is null)
        {
            return null;
        }

        var key = _cache.GetOrAdd(subjectId, Unwrap(subjectId, wrapped));
        if (destroyedKeys.Contains(subjectId))
        {
            // Destroyed (through another node) while we read it.
            Forget(subjectId);
            return null;
        }

        return key;
    }

    public long Destructions => destroyedKeys.Count;

    public bool WasDestroyed(Guid subjectId)
    {
        if (destroyedKeys.Contains(subjectId))
        {
            return true;
        }

        using var connection = database.OpenReader();
        using var command = VaultDatabase.Command(connection, "SELECT 1 FROM subject_tombstones WHERE subject_id = $id", ("$id", subjectId.ToByteArray()));
        return command.ExecuteScalar() is not null;
    }

    public Task<bool> IsErasedAsync(Guid subjectId, CancellationToken cancellationToken) =>
        Task.FromResult(subjectId != Guid.Empty && Find(subjectId) is null);

    public async Task<IReadOnlyList<Guid>> ErasedSubjectsAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.OpenReader();
        await using var command = VaultDatabase.Command(connection, "SELECT subject_id FROM subject_tombstones ORDER BY destroyed_at");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var erased = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            erased.Add(new Guid((byte[])reader[0]));
        }

        return erased;
    }

    /// <summary>
    /// Deletes the key (its bytes overwritten in the file) and leaves a tombstone, in the vault writer's next commit;
    /// returns once that commit is on the disk, so a destroyed key stays destroyed through a crash or a power cut, and
    /// the log holds no copy of it.
    /// </summary>
    public async Task DestroyAsync(Guid subjectId, CancellationToken cancellationToken)
    {
        var destroyedAt = clock.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        await database.EraseAsync(connection =>
        {
            var id = ("$id", (object)subjectId.ToByteArray());
            VaultDatabase.Execute(connection, "DELETE FROM subject_keys WHERE subject_id = $id", id);
            VaultDatabase.Execute(connection, "DELETE FROM subject_index WHERE subject_id = $id", id);
            VaultDatabase.Execute(connection, "DELETE FROM subject_shared_index WHERE subject_id = $id", id);
            VaultDatabase.Execute(connection, "INSERT OR IGNORE INTO subject_tombstones (subject_id, destroyed_at) VALUES ($id, $at)", id, ("$at", destroyedAt));
            return 0;
        });
        destroyedKeys.Add(subjectId);
        Forget(subjectId);
    }

    /// <summary>
    /// Undoes the enrolment that created the subject, for a command that did not commit: its key and register entries
    /// go (no tombstone: the subject never existed), unless another enrolment has joined it meanwhile (it is then
    /// someone's, and a record may be sealed under its key). Runs in the vault writer, after any such join.
    /// </summary>
    internal async Task AbandonAsync(Guid subjectId)
    {
        var abandoned = await database.WriteAsync(connection =>
        {
            var id = ("$id", (object)subjectId.ToByteArray());
            using (var joined = VaultDatabase.Command(connection, "SELECT 1 FROM subject_joins WHERE subject_id = $id", id))
            {
                if (joined.ExecuteScalar() is not null)
                {
                    return false;
                }
            }

            VaultDatabase.Execute(connection, "DELETE FROM subject_keys WHERE subject_id = $id", id);
            VaultDatabase.Execute(connection, "DELETE FROM subject_index WHERE subject_id = $id", id);
            VaultDatabase.Execute(connection, "DELETE FROM subject_shared_index WHERE subject_id = $id", id);
            return true;
        });
        if (abandoned)
        {
            Forget(subjectId);
        }
    }

    public async Task<SubjectKeyState> StateOfAsync(Guid subjectId, CancellationToken cancellationToken)
    {
        await using var connection = database.OpenReader();
        await using var command = VaultDatabase.Command(
            connection,
            """
            SELECT CASE
                WHEN EXISTS (SELECT 1 FROM subject_keys WHERE subject_id = $id) THEN 1
                WHEN EXISTS (SELECT 1 FROM subject_tombstones WHERE subject_id = $id) THEN 2
                ELSE 0 END
            """,
            ("$id", subjectId.ToByteArray()));
        return (SubjectKeyState)Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A fresh key for a subject that may be created, wrapped before the vault writer is asked for anything, so its
    /// commit does only the insert (<see cref="CreateSubject"/>).
    /// </summary>
    internal NewSubjectKey PrepareKey()
    {
        var subjectId = Guid.CreateVersion7();
        var key = RandomNumberGenerator.GetBytes(KeySize);
        return new NewSubjectKey(subjectId, key, Wrap(subjectId, key), clock.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Creates the subject of a prepared key, inside the vault writer's transaction; its key goes to
    /// <see cref="Remember"/> once that transaction is committed.
    /// </summary>
    internal static void CreateSubject(SqliteConnection connection, NewSubjectKey prepared) =>
        VaultDatabase.Execute(
            connection,
            "INSERT INTO subject_keys (subject_id, wrapped_key, created_at) VALUES ($id, $key, $at)",
            ("$id", prepared.SubjectId.ToByteArray()),
            ("$key", prepared.WrappedKey),
            ("$at", prepared.CreatedAt));

    /// <summary>
    /// Caches a key created by <see cref="CreateSubject"/> whose commit is on the disk, so the record sealed under it
    /// next does not read it back from the vault file (a synchronous read that waits while the vault writer commits).
    /// </summary>
    internal void Remember(Guid subjectId, byte[] key)
    {
        if (!_cache.TryAdd(subjectId, key))
        {
            CryptographicOperations.ZeroMemory(key);
        }

        if (destroyedKeys.Contains(subjectId))
        {
            // Destroyed between its commit and now.
            Forget(subjectId);
        }
    }

    private void Forget(Guid subjectId)
    {
        if (_cache.TryRemove(subjectId, out var key))
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private byte[] Wrap(Guid subjectId, byte[] key)
    {
        var sealedKey = new byte[NonceSize + TagSize + KeySize];
        var nonce = sealedKey.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var gcm = new AesGcm(masterKey.WrappingKey, TagSize);
        gcm.Encrypt(nonce, key, sealedKey.AsSpan(NonceSize + TagSize), sealedKey.AsSpan(NonceSize, TagSize), subjectId.ToByteArray());
        return sealedKey;
    }

    private byte[] Unwrap(Guid subjectId, byte[] sealedKey)
    {
        var key = new byte[KeySize];
        using var gcm = new AesGcm(masterKey.WrappingKey, TagSize);
        gcm.Decrypt(sealedKey.AsSpan(0, NonceSize), sealedKey.AsSpan(NonceSize + TagSize), sealedKey.AsSpan(NonceSize, TagSize), key, subjectId.ToByteArray());
        return key;
    }
}
