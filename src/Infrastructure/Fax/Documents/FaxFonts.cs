using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// The DejaVu fonts (Debian package <c>fonts-dejavu-core</c>) for text documents and cover pages: from the configured
/// folder, else wherever fontconfig finds the family. A missing font is a broken installation, not a bad document.
/// </summary>
internal sealed class FaxFonts(IOptions<FaxRenderingOptions> options) : IDisposable
{
    private readonly Lazy<SKTypeface> _monospaced = new(() => Load(options.Value.FontDirectory, "DejaVuSansMono.ttf", "DejaVu Sans Mono", SKFontStyle.Normal));
    private readonly Lazy<SKTypeface> _regular = new(() => Load(options.Value.FontDirectory, "DejaVuSans.ttf", "DejaVu Sans", SKFontStyle.Normal));
    private readonly Lazy<SKTypeface> _bold = new(() => Load(options.Value.FontDirectory, "DejaVuSans-Bold.ttf", "DejaVu Sans", SKFontStyle.Bold));

    public SKTypeface Monospaced => _monospaced.Value;

    public SKTypeface Regular => _regular.Value;

    public SKTypeface Bold => _bold.Value;

    public void Dispose()
    {
        foreach (var font in new[] { _monospaced, _regular, _bold }.Where(f => f.IsValueCreated))
        {
            font.Value.Dispose();
        }
    }

    private static SKTypeface Load(string directory, string file, string family, SKFontStyle style)
    {
        var path = Path.Combine(directory, file);
        if (File.Exists(path) && SKTypeface.FromFile(path) is { } fromFile)
        {
            return fromFile;
        }

        var matched = SKFontManager.Default.MatchFamily(family, style);
        if (matched is not null && string.Equals(matched.FamilyName, family, StringComparison.OrdinalIgnoreCase))
        {
            return matched;
        }

        matched?.Dispose();
        throw new InvalidOperationException(
            $"The font {file} was not found in {directory} nor through fontconfig; install the Debian package fonts-dejavu-core or set Fax:Documents:FontDirectory.");
    }
}
