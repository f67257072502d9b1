namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// Files holding secrets or personal data (keys, one-time passwords, databases, content blobs): created readable and
/// writable by the server's user only, whatever the process's umask.
/// </summary>
internal static class OwnerOnlyFile
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static FileStream CreateNew(string path, bool useAsync = false)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (useAsync)
        {
            options.Options = FileOptions.Asynchronous;
        }

        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerReadWrite;
        }

        return new FileStream(path, options);
    }

    public static void WriteAllText(string path, string contents)
    {
        using var writer = new StreamWriter(CreateNew(path));
        writer.Write(contents);
    }

    /// <summary>
    /// Creates an empty owner-only file where a database is about to be opened (SQLite gives its -wal, -shm and
    /// -journal files the database file's permissions), and takes group and other access away from an existing one
    /// and its companions.
    /// </summary>
    public static void PrepareDatabase(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            using (CreateNew(path))
            {
            }
        }
        catch (IOException) when (File.Exists(path))
        {
            // Already there: restricted below.
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            if (File.Exists(file) && (File.GetUnixFileMode(file) & ~OwnerReadWrite) != 0)
            {
                File.SetUnixFileMode(file, File.GetUnixFileMode(file) & OwnerReadWrite);
            }
        }
    }
}
