using System.Globalization;
using Groupus.Application.Fax.Documents;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// The cover page: a heading, then to, from, date, page count (this page included) and subject, then the note,
/// wrapped to the page and cut short with an ellipsis if it would run off it.
/// </summary>
internal sealed class CoverPageRenderer(FaxFonts fonts, TimeProvider clock, IOptions<FaxRenderingOptions> options)
{
    private const float LabelColumn = 330;
    private const string Ellipsis = "…";

    public BilevelPage Render(FaxCoverPage cover, int totalPages, FaxPageFormat format)
    {
        using var heading = new SKFont(fonts.Bold, Points(40));
        using var label = new SKFont(fonts.Bold, Points(14));
        using var value = new SKFont(fonts.Regular, Points(14));
        using var note = new SKFont(fonts.Regular, Points(12));
        using var ink = InkCoverage.Ink();
        float margin = FaxPageFormat.MarginInches * format.XDpi * 1.5f;
        float right = format.Width - margin;
        float bottom = InkCoverage.A4Height - margin;

        var fields = new List<(string Label, string Value)>
        {
            ("To", cover.To),
            ("From", cover.From),
            ("Date", Today()),
            ("Pages", string.Create(CultureInfo.InvariantCulture, $"{totalPages} (including this cover page)")),
        };
        if (!string.IsNullOrWhiteSpace(cover.Subject))
        {
            fields.Add(("Subject", cover.Subject));
        }

        return InkCoverage.Draw(format, canvas =>
        {
            float y = margin - heading.Metrics.Ascent;
            canvas.DrawText("FAX", margin, y, heading, ink);
            y += heading.Metrics.Descent + 30;
            Rule(canvas, margin, right, y, ink);
            y += 50 - value.Metrics.Ascent;

            foreach (var (name, text) in fields)
            {
                canvas.DrawText(name, margin, y, label, ink);
                canvas.DrawText(Fit(Printable(text), value, right - margin - LabelColumn), margin + LabelColumn, y, value, ink);
                y += value.Spacing * 1.4f;
            }

            y += 10;
            Rule(canvas, margin, right, y, ink);
            if (string.IsNullOrWhiteSpace(cover.Note))
            {
                return;
            }

            y += 50 - note.Metrics.Ascent;
            var lines = WrapNote(cover.Note, note, right - margin);
            int room = Math.Max(0, (int)((bottom - y) / note.Spacing) + 1);
            for (int i = 0; i < lines.Count && i < room; i++)
            {
                bool cutShort = i == room - 1 && lines.Count > room;
                canvas.DrawText(cutShort ? Fit(lines[i] + Ellipsis, note, right - margin, force: true) : lines[i], margin, y, note, ink);
                y += note.Spacing;
            }
        });
    }

    private static float Points(float points) => points / 72 * FaxPageFormat.Standard.XDpi;

    private static void Rule(SKCanvas canvas, float left, float right, float y, SKPaint ink) =>
        canvas.DrawRect(left, y, right - left, 6, ink);

    private string Today()
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(options.Value.CoverTimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var today = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
        return today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
    }

    private static string Printable(string text) =>
        new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());

    /// <summary>The text, or as much of it as fits followed by an ellipsis.</summary>
    private static string Fit(string text, SKFont font, float width, bool force = false)
    {
        if (!force && font.MeasureText(text) <= width)
        {
            return text;
        }

        var body = force ? text[..^Ellipsis.Length] : text;
        while (body.Length > 0 && font.MeasureText(body + Ellipsis) > width)
        {
            body = body[..^1];
        }

        return body + Ellipsis;
    }

    private static List<string> WrapNote(string note, SKFont font, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in note.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in Printable(paragraph).Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (font.MeasureText(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (line.Length > 1 && font.MeasureText(line) > width)
                {
                    int fits = line.Length - 1;
                    while (fits > 1 && font.MeasureText(line[..fits]) > width)
                    {
                        fits--;
                    }

                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
