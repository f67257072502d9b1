using System.Globalization;
using System.Text;
using Groupus.Contracts.Privacy;
using Microsoft.Data.Sqlite;

namespace Groupus.Infrastructure.Privacy.Vault;

/// <summary>
/// The register of data subjects as a blind index in the vault: (kind, keyed hash of the normalised identifier) to
/// subject id, unique on (kind, hash). Enrolment runs in an immediate (write-locked) transaction, so two enrolments of
/// the same new identifier, in this process or another node's, end with one subject; a lost race is retried.
/// </summary>
internal sealed class SubjectRegister(VaultDatabase database, VaultMasterKey masterKey, SubjectKeyVault keys) : IDataSubjectRegistry
{
    private const int Attempts = 5;

    public Task<Guid> EnrolAsync(IReadOnlyCollection<SubjectIdentifier> identifiers, CancellationToken cancellationToken)
    {
        var hashes = identifiers.Distinct().Select(i => ((int)i.Kind, IdentifierHash.Compute(masterKey.RegisterIndexKey, i))).ToList();
        return Task.FromResult(database.Run(connection =>
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return Enrol(connection, hashes);
                }
                catch (SqliteException exception) when (attempt < Attempts && exception.SqliteErrorCode is 5 or 6 or 19)
                {
                    // Busy, locked, or a constraint lost to another node's enrolment: look again.
                }
            }
        }));
    }

    public Task<IReadOnlyList<Guid>> FindAsync(SubjectIdentifier identifier, CancellationToken cancellationToken)
    {
        var hash = IdentifierHash.Compute(masterKey.RegisterIndexKey, identifier);
        return Task.FromResult(database.Run<IReadOnlyList<Guid>>(connection =>
        {
            using var command = VaultDatabase.Command(
                connection,
                "SELECT subject_id FROM subject_index WHERE kind = $kind AND hash = $hash",
                ("$kind", (int)identifier.Kind),
                ("$hash", hash));
            using var reader = command.ExecuteReader();
            var found = new List<Guid>();
            while (reader.Read())
            {
                found.Add(new Guid((byte[])reader[0]));
            }

            return found;
        }));
    }

    private Guid Enrol(SqliteConnection connection, List<(int Kind, byte[] Hash)> hashes)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var subjectId = FindOldest(connection, hashes);
        if (subjectId is null)
        {
            subjectId = Guid.CreateVersion7();
            keys.CreateSubject(connection, subjectId.Value);
        }

        foreach (var (kind, hash) in hashes)
        {
            VaultDatabase.Execute(
                connection,
                "INSERT OR IGNORE INTO subject_index (kind, hash, subject_id) VALUES ($kind, $hash, $id)",
                ("$kind", kind),
                ("$hash", hash),
                ("$id", subjectId.Value.ToByteArray()));
        }

        transaction.Commit();
        return subjectId.Value;
    }

    private static Guid? FindOldest(SqliteConnection connection, List<(int Kind, byte[] Hash)> hashes)
    {
        if (hashes.Count == 0)
        {
            return null;
        }

        var sql = new StringBuilder(
            "SELECT k.subject_id FROM subject_index i JOIN subject_keys k ON k.subject_id = i.subject_id WHERE ");
        var parameters = new List<(string, object)>();
        for (var n = 0; n < hashes.Count; n++)
        {
            sql.Append(n == 0 ? "" : " OR ").Append(CultureInfo.InvariantCulture, $"(i.kind = $k{n} AND i.hash = $h{n})");
            parameters.Add(($"$k{n}", hashes[n].Kind));
            parameters.Add(($"$h{n}", hashes[n].Hash));
        }

        sql.Append(" ORDER BY k.created_at, k.subject_id LIMIT 1");
        using var command = VaultDatabase.Command(connection, sql.ToString(), [.. parameters]);
        return command.ExecuteScalar() is byte[] id ? new Guid(id) : null;
    }
}
