using System.Text.RegularExpressions;

namespace Groupus.ArchitectureTests.Support;

/// <summary>The string literals of a C# source file (plain, verbatim, interpolated and raw), each with its line number.</summary>
public static partial class SqlLiterals
{
    public static IEnumerable<(int Line, string Text)> In(string source)
    {
        foreach (Match token in Tokens().Matches(source))
        {
            if (token.Groups["string"].Success)
            {
                yield return (LineOf(source, token.Index), token.Groups["string"].Value);
            }
        }
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    // One pass over comments, character literals and strings, so a quote inside a comment or a '"' never opens a string.
    [GeneratedRegex(
        """
        //[^\n]*|/\*.*?\*/|'(?:[^'\\\n]|\\.)+'|(?<string>"{3,}.*?"{3,}|@"(?:[^"]|"")*"|"(?:[^"\\\n]|\\.)*")
        """,
        RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();
}
