namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>Where the renderer finds its tools and how long it lets them work; bound from <c>Fax:Documents</c>.</summary>
public sealed class FaxRenderingOptions
{
    /// <summary>The Ghostscript executable (Debian package <c>ghostscript</c>), a name on PATH or a full path.</summary>
    public string GhostscriptPath { get; set; } = "gs";

    /// <summary>How long one Ghostscript run (counting or rendering) may take before it is killed.</summary>
    public TimeSpan GhostscriptTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Holds DejaVuSansMono.ttf, DejaVuSans.ttf and DejaVuSans-Bold.ttf (Debian package <c>fonts-dejavu-core</c>).</summary>
    public string FontDirectory { get; set; } = "/usr/share/fonts/truetype/dejavu";

    /// <summary>Where each render gets its own short-lived folder; empty means the system's temporary folder.</summary>
    public string? TemporaryDirectory { get; set; }

    /// <summary>The largest PNG, JPEG or TIFF page accepted, in pixels, so a small file cannot expand to gigabytes.</summary>
    public long MaximumImagePixels { get; set; } = 50_000_000;

    /// <summary>The time zone of the date on cover pages (an IANA name).</summary>
    public string CoverTimeZone { get; set; } = "Europe/London";
}
