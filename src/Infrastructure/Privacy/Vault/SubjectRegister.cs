using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Groupus.Application.Common.Persistence;
using Groupus.Contracts.Privacy;
using Microsoft.Data.Sqlite;

namespace Groupus.Infrastructure.Privacy.Vault;

/// <summary>
/// The register of data subjects as a blind index in the vault. Strong identifiers (e-mail, customer user id) name one
/// person: (kind, keyed hash) to subject id, unique on (kind, hash), and enrolment joins the subject they name. Shared
/// ones (phone, name and company) go to a second index where one value names every subject enrolled with it, and never
/// join anyone. Enrolment runs in the vault writer's immediate (write-locked) transaction, so two enrolments of the same
/// new e-mail, in this process or another node's, end with one subject (the later one finds the earlier).
/// The vault is not part of the database transaction: a subject created for a command that then does not commit is
/// abandoned again (<see cref="OnRollback"/>), unless another enrolment joined it meanwhile (ADR 0044).
/// </summary>
internal sealed class SubjectRegister(VaultDatabase database, VaultMasterKey masterKey, SubjectKeyVault keys, OnRollback onRollback) : IDataSubjectRegistry
{
    public async Task<Guid> EnrolAsync(IReadOnlyCollection<SubjectIdentifier> identifiers, CancellationToken cancellationToken)
    {
        var hashes = Hashes(identifiers);
        var prepared = keys.PrepareKey();
        var enrolled = await database.WriteAsync(connection => Enrol(connection, null, hashes, prepared));
        if (enrolled.Created)
        {
            keys.Remember(enrolled.SubjectId, prepared.Key);
            onRollback.Add(() => keys.AbandonAsync(enrolled.SubjectId));
        }
        else
        {
            CryptographicOperations.ZeroMemory(prepared.Key);
        }

        return enrolled.SubjectId;
    }

    public Task LinkAsync(Guid subjectId, IReadOnlyCollection<SubjectIdentifier> identifiers, CancellationToken cancellationToken)
    {
        var hashes = Hashes(identifiers);
        return database.WriteAsync(connection => Enrol(connection, subjectId, hashes, null));
    }

    public async Task<IReadOnlyList<Guid>> FindAsync(SubjectIdentifier identifier, CancellationToken cancellationToken)
    {
        var hash = IdentifierHash.Compute(masterKey.RegisterIndexKey, identifier);
        await using var connection = database.OpenReader();
        await using var command = VaultDatabase.Command(
            connection,
            $"SELECT subject_id FROM {TableOf(identifier.IsStrong)} WHERE kind = $kind AND hash = $hash ORDER BY subject_id",
            ("$kind", (int)identifier.Kind),
            ("$hash", hash));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new Guid((byte[])reader[0]));
        }

        return found;
    }

    private List<IdentifierHashed> Hashes(IReadOnlyCollection<SubjectIdentifier> identifiers) =>
        [.. identifiers.Distinct().Select(i => new IdentifierHashed((int)i.Kind, IdentifierHash.Compute(masterKey.RegisterIndexKey, i), i.IsStrong))];

    private static Enrolment Enrol(SqliteConnection connection, Guid? knownSubject, List<IdentifierHashed> hashes, NewSubjectKey? prepared)
    {
        var subjectId = knownSubject ?? FindOldest(connection, [.. hashes.Where(h => h.Strong)]);
        var created = false;
        if (subjectId is null)
        {
            SubjectKeyVault.CreateSubject(connection, prepared!);
            subjectId = prepared!.SubjectId;
            created = true;
        }
        else if (knownSubject is null)
        {
            // Joined: should the enrolment that created the subject not commit, the subject stays for this one.
            VaultDatabase.Execute(connection, "INSERT OR IGNORE INTO subject_joins (subject_id) VALUES ($id)", ("$id", subjectId.Value.ToByteArray()));
        }

        foreach (var identifier in hashes)
        {
            VaultDatabase.Execute(
                connection,
                $"INSERT OR IGNORE INTO {TableOf(identifier.Strong)} (kind, hash, subject_id) VALUES ($kind, $hash, $id)",
                ("$kind", identifier.Kind),
                ("$hash", identifier.Hash),
                ("$id", subjectId.Value.ToByteArray()));
        }

        return new Enrolment(subjectId.Value, created);
    }

    private static string TableOf(bool strong) => strong ? "subject_index" : "subject_shared_index";

    private static Guid? FindOldest(SqliteConnection connection, List<IdentifierHashed> strong)
    {
        if (strong.Count == 0)
        {
            return null;
        }

        var sql = new StringBuilder(
            "SELECT k.subject_id FROM subject_index i JOIN subject_keys k ON k.subject_id = i.subject_id WHERE ");
        var parameters = new List<(string, object)>();
        for (var n = 0; n < strong.Count; n++)
        {
            sql.Append(n == 0 ? "" : " OR ").Append(CultureInfo.InvariantCulture, $"(i.kind = $k{n} AND i.hash = $h{n})");
            parameters.Add(($"$k{n}", strong[n].Kind));
            parameters.Add(($"$h{n}", strong[n].Hash));
        }

        sql.Append(" ORDER BY k.created_at, k.subject_id LIMIT 1");
        using var command = VaultDatabase.Command(connection, sql.ToString(), [.. parameters]);
        return command.ExecuteScalar() is byte[] id ? new Guid(id) : null;
    }

    private sealed record IdentifierHashed(int Kind, byte[] Hash, bool Strong);

    /// <summary>The subject enrolled, and whether the enrolment created it (with the prepared key).</summary>
    private sealed record Enrolment(Guid SubjectId, bool Created);
}
