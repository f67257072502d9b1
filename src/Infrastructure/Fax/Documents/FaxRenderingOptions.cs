namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>Where the renderer finds its tools and how much it lets them use; bound from <c>Fax:Documents</c>.</summary>
public sealed class FaxRenderingOptions
{
    /// <summary>The Ghostscript executable (Debian package <c>ghostscript</c>), a name on PATH or a full path.</summary>
    public string GhostscriptPath { get; set; } = "gs";

    /// <summary>How long one Ghostscript run (counting or rendering) may take, by the clock, before it is killed.</summary>
    public TimeSpan GhostscriptTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The processor time one Ghostscript run may use (RLIMIT_CPU, whole seconds, at least one).</summary>
    public TimeSpan GhostscriptCpuLimit { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The address space one Ghostscript run may map, in bytes (RLIMIT_AS).</summary>
    public long GhostscriptMemoryLimit { get; set; } = 1024L * 1024 * 1024;

    /// <summary>The largest file one Ghostscript run may write, in bytes (RLIMIT_FSIZE).</summary>
    public long GhostscriptFileSizeLimit { get; set; } = 256L * 1024 * 1024;

    /// <summary>
    /// The util-linux <c>prlimit</c> program that applies the limits above to Ghostscript on Linux. Empty runs
    /// Ghostscript without them (only the timeout applies), for platforms that have no prlimit.
    /// </summary>
    public string? ResourceLimiterPath { get; set; } = OperatingSystem.IsLinux() ? "prlimit" : null;

    /// <summary>The Ghostscript processor limit as prlimit takes it: whole seconds, rounded up.</summary>
    public long GhostscriptCpuSeconds => Math.Max(1, (long)Math.Ceiling(GhostscriptCpuLimit.TotalSeconds));

    /// <summary>Holds DejaVuSansMono.ttf, DejaVuSans.ttf and DejaVuSans-Bold.ttf (Debian package <c>fonts-dejavu-core</c>).</summary>
    public string FontDirectory { get; set; } = "/usr/share/fonts/truetype/dejavu";

    /// <summary>
    /// Where each render gets its own short-lived, owner-only folder; empty means a private folder of this process in
    /// the system's temporary folder. See <see cref="RenderRoot"/>.
    /// </summary>
    public string? TemporaryDirectory { get; set; }

    /// <summary>The largest PNG, JPEG or TIFF page accepted, in pixels, so a small file cannot expand to gigabytes.</summary>
    public long MaximumImagePixels { get; set; } = 50_000_000;

    /// <summary>The time zone of the date on cover pages (an IANA name).</summary>
    public string CoverTimeZone { get; set; } = "Europe/London";
}
