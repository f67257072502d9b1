using Microsoft.Data.Sqlite;

namespace Groupus.Infrastructure.Privacy.Vault;

/// <summary>One caller's write waiting for the vault writer's next commit.</summary>
internal abstract class VaultWriteRequest
{
    /// <summary>The write deletes keys: the log, which keeps copies of the deleted bytes, is truncated before it is answered.</summary>
    public abstract bool ErasesKeys { get; }

    /// <summary>Runs the work inside the open transaction; its result is kept until the commit is known.</summary>
    public abstract void Run(SqliteConnection connection);

    /// <summary>The commit is on the disk: hands the caller its result (or the exception its own work threw).</summary>
    public abstract void Committed();

    /// <summary>The commit failed: nothing of this write stands.</summary>
    public abstract void Failed(Exception failure);
}
