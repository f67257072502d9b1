namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// A private folder for one render (owner-only on Unix) under the <see cref="RenderRoot"/>, deleted with everything in
/// it on dispose. It is the only place Ghostscript may read, write or list (its TMPDIR and permitted paths).
/// </summary>
internal sealed class RenderWorkspace : IDisposable
{
    private RenderWorkspace(string path) => Path = path;

    public string Path { get; }

    public static RenderWorkspace Create(string root)
    {
        var path = System.IO.Path.Combine(root, Guid.NewGuid().ToString("N"));
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return new RenderWorkspace(path);
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
