namespace Groupus.Infrastructure.Persistence;

internal static class DataDirectory
{
    /// <summary>
    /// Creates the directory readable by the server's user only (it holds the database, keys and secrets), and so
    /// every missing folder above it: the umask never decides.
    /// </summary>
    public static void EnsureExists(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        var missing = new Stack<string>();
        for (var folder = Path.GetFullPath(path); !string.IsNullOrEmpty(folder) && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder))
        {
            missing.Push(folder);
        }

        foreach (var folder in missing)
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
