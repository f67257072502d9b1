namespace Groupus.Infrastructure.Persistence;

/// <summary>Files holding secrets (keys, one-time passwords): created readable and writable by the server's user only.</summary>
internal static class OwnerOnlyFile
{
    public static FileStream CreateNew(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }

    public static void WriteAllText(string path, string contents)
    {
        using var writer = new StreamWriter(CreateNew(path));
        writer.Write(contents);
    }
}
