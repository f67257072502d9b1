using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// The owner-only folder (0700 on Unix) that holds every render's private folder. The configured
/// <see cref="FaxRenderingOptions.TemporaryDirectory"/> is used as it is when it is owner-only already (it is created so
/// when missing); a shared folder such as /tmp gets a private <c>groupus-renders-*</c> folder of this process inside it,
/// deleted at shutdown. Ghostscript is never given the root itself, only its own folder below it.
/// </summary>
internal sealed class RenderRoot(IOptions<FaxRenderingOptions> options) : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly Lock _gate = new();
    private string? _path;
    private bool _ownsPath;

    public string Path
    {
        get
        {
            lock (_gate)
            {
                return _path ??= Resolve();
            }
        }
    }

    public RenderWorkspace CreateWorkspace() => RenderWorkspace.Create(Path);

    public void Dispose()
    {
        lock (_gate)
        {
            if (_ownsPath && _path is not null && Directory.Exists(_path))
            {
                Directory.Delete(_path, recursive: true);
            }
        }
    }

    internal static bool IsOwnerOnly(string path) =>
        OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & ~OwnerOnly) == 0;

    private string Resolve()
    {
        var configured = options.Value.TemporaryDirectory;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            configured = System.IO.Path.GetFullPath(configured);
            if (!Directory.Exists(configured))
            {
                CreateOwnerOnly(configured);
            }

            if (IsOwnerOnly(configured))
            {
                return configured;
            }
        }

        _ownsPath = true;
        var parent = string.IsNullOrWhiteSpace(configured) ? System.IO.Path.GetTempPath() : configured;
        var path = System.IO.Path.Combine(parent, "groupus-renders-" + Guid.NewGuid().ToString("N"));
        CreateOwnerOnly(path);
        return path;
    }

    private static void CreateOwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, OwnerOnly);
        }
    }
}
