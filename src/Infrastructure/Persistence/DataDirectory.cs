namespace Groupus.Infrastructure.Persistence;

internal static class DataDirectory
{
    /// <summary>Creates the directory readable by the server's user only (it holds the database, keys and secrets).</summary>
    public static void EnsureExists(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
