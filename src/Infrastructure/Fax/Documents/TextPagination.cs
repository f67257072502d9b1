using System.Globalization;
using System.Text;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// Lays plain text out in a fixed grid of columns and lines: tabs to the next multiple of eight columns, long lines
/// wrapped at the last space that fits (or cut, if a word is longer than a line), a form feed starts a new page.
/// </summary>
internal static class TextPagination
{
    private const int TabStop = 8;

    public static IReadOnlyList<IReadOnlyList<string>> Paginate(string text, int columns, int linesPerPage)
    {
        // Not ReplaceLineEndings: it counts a form feed as a line ending too.
        var sections = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\f');
        int last = sections.Length - 1;

        // A form feed at the very end (common in printer output) does not call for an empty last page.
        while (last > 0 && string.IsNullOrWhiteSpace(sections[last]))
        {
            last--;
        }

        var pages = new List<IReadOnlyList<string>>();
        for (int s = 0; s <= last; s++)
        {
            var lines = new List<string>();
            foreach (var line in sections[s].TrimEnd('\n').Split('\n'))
            {
                lines.AddRange(Wrap(ExpandTabs(line), columns));
            }

            while (lines.Count > 0 && lines[^1].Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            if (lines.Count == 0)
            {
                pages.Add([]);
            }

            for (int start = 0; start < lines.Count; start += linesPerPage)
            {
                pages.Add(lines.GetRange(start, Math.Min(linesPerPage, lines.Count - start)));
            }
        }

        return pages;
    }

    private static string[] Elements(string line)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(line);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return [.. elements];
    }

    private static string ExpandTabs(string line)
    {
        if (!line.Contains('\t'))
        {
            return line;
        }

        var expanded = new StringBuilder();
        int column = 0;
        foreach (var element in Elements(line))
        {
            if (element == "\t")
            {
                int spaces = TabStop - (column % TabStop);
                expanded.Append(' ', spaces);
                column += spaces;
            }
            else
            {
                expanded.Append(element);
                column++;
            }
        }

        return expanded.ToString();
    }

    private static IEnumerable<string> Wrap(string line, int columns)
    {
        var elements = Elements(line);
        int start = 0;
        while (elements.Length - start > columns)
        {
            int breakAt = -1;
            for (int i = start + columns; i > start; i--)
            {
                if (elements[i] == " ")
                {
                    breakAt = i;
                    break;
                }
            }

            if (breakAt < 0)
            {
                yield return string.Concat(elements[start..(start + columns)]);
                start += columns;
            }
            else
            {
                yield return string.Concat(elements[start..breakAt]).TrimEnd(' ');
                start = breakAt + 1;
            }
        }

        yield return string.Concat(elements[start..]);
    }
}
