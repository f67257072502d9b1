using System.Text.RegularExpressions;
using Groupus.ArchitectureTests.Support;

namespace Groupus.ArchitectureTests.Rules;

/// <summary>
/// A module's code reads the time from <see cref="TimeProvider"/> only: a direct read of the machine's clock cannot be
/// set by a test and, in a handler, is not the time the rest of the use case saw.
/// </summary>
public static partial class ClockRule
{
    /// <summary>Files under <c>src/&lt;layer&gt;/&lt;module&gt;/</c> reading the machine's clock directly.</summary>
    public static RuleResult Check(IEnumerable<SourceFile> files, string module)
    {
        var folder = new Regex($"^src/(Domain|Application|Infrastructure|Api)/{Regex.Escape(module)}/", RegexOptions.CultureInvariant);
        var checkedFiles = new List<string>();
        var violations = new List<Violation>();
        foreach (var file in files.Where(f => folder.IsMatch(f.Path)))
        {
            checkedFiles.Add(file.Path);
            foreach (Match read in DirectClockRead().Matches(file.Text))
            {
                var line = 1 + file.Text.AsSpan(0, read.Index).Count('\n');
                violations.Add(new Violation(file.Path, $"line {line} reads {read.Value}: take the time from TimeProvider"));
            }
        }

        return new RuleResult(checkedFiles, violations);
    }

    [GeneratedRegex(@"\bDateTime(Offset)?\.(UtcNow|Now|Today)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DirectClockRead();
}
