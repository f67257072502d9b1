namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>A private folder for one render (owner-only on Unix), deleted with everything in it on dispose.</summary>
internal sealed class RenderWorkspace : IDisposable
{
    private RenderWorkspace(string path) => Path = path;

    public string Path { get; }

    public static RenderWorkspace Create(string? parent)
    {
        if (string.IsNullOrWhiteSpace(parent))
        {
            return new RenderWorkspace(Directory.CreateTempSubdirectory("groupus-fax-").FullName);
        }

        var path = System.IO.Path.Combine(parent, "groupus-fax-" + Guid.NewGuid().ToString("N"));
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
