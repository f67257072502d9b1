namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// SQLite's PRAGMA synchronous for the module database (WAL mode). Normal: a commit is not flushed to the disk; it
/// survives the process dying, and the last commits before a power cut or kernel crash may be lost (the file stays
/// consistent). Full: every commit is flushed (one fsync of the write-ahead log per commit) and survives a power cut.
/// </summary>
public enum SqliteSynchronous
{
    Normal,
    Full,
}
