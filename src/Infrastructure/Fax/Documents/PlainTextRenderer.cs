using System.Text;
using Groupus.Application.Common.Results;
using Groupus.Application.Fax.Documents;
using SkiaSharp;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>Plain text in DejaVu Sans Mono at 10 point with 10 mm margins: 91 columns and 66 lines on A4.</summary>
internal sealed class PlainTextRenderer(FaxFonts fonts)
{
    private const float PointSize = 10;

    public Result<FaxPageSet> Prepare(byte[] content, FaxPageFormat format, int maximumPages)
    {
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        var font = Font();
        float margin = FaxPageFormat.MarginInches * format.XDpi;
        int columns = Math.Max(1, (int)((format.Width - (2 * margin)) / font.MeasureText("M")));
        int linesPerPage = Math.Max(1, (int)((InkCoverage.A4Height - (2 * margin)) / font.Spacing));
        var pages = TextPagination.Paginate(text, columns, linesPerPage);
        if (pages.Count > maximumPages)
        {
            font.Dispose();
            return FaxDocumentErrors.TooManyPages(maximumPages, pages.Count);
        }

        return new FaxPageSet(pages.Count, Render(pages, font, margin, format));
    }

    private static IEnumerable<BilevelPage> Render(IReadOnlyList<IReadOnlyList<string>> pages, SKFont font, float margin, FaxPageFormat format)
    {
        using (font)
        using (var ink = InkCoverage.Ink())
        {
            foreach (var lines in pages)
            {
                yield return InkCoverage.Draw(format, canvas =>
                {
                    float baseline = margin - font.Metrics.Ascent;
                    foreach (var line in lines)
                    {
                        canvas.DrawText(line, margin, baseline, font, ink);
                        baseline += font.Spacing;
                    }
                });
            }
        }
    }

    private SKFont Font() => new(fonts.Monospaced, PointSize / 72 * FaxPageFormat.Standard.XDpi) { Subpixel = true };
}
