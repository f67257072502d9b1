using Groupus.Domain.Common;
using System.Text.RegularExpressions;
using Groupus.ArchitectureTests.Support;

namespace Groupus.ArchitectureTests.Rules;

/// <summary>
/// Rule 2, read from the source: a file in one module's namespace does not name another module's internal
/// namespaces. Compiled code cannot show a <c>const</c> borrowed from another module (the value is copied in),
/// so this is the only rule that catches, say, <c>[AuthorizeRoles(StaffRole.Admin)]</c> in another module.
/// </summary>
public static partial class ModuleSourceBoundaryRule
{
    public static RuleResult Check(IEnumerable<SourceFile> files, string module, string otherModule)
    {
        var modulePattern = new Regex(Modules.InternalNamespacePattern(module), RegexOptions.CultureInvariant);
        var layers = string.Join("|", Modules.Layers.Concat(Modules.OptionalLayers).Select(l => l.Replace(".", @"\.", StringComparison.Ordinal)));
        var otherPattern = new Regex($@"\bGroupus\.({layers})\.{otherModule}\b", RegexOptions.CultureInvariant);

        var checkedFiles = new List<string>();
        var violations = new List<Violation>();
        foreach (var file in files)
        {
            if (!SourceNamespaces.Declared(file.Text).Any(modulePattern.IsMatch))
            {
                continue;
            }

            checkedFiles.Add(file.Path);
            var lines = WithoutComments(file.Text).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var match = otherPattern.Match(lines[i]);
                if (match.Success)
                {
                    violations.Add(new Violation(file.Path, $"line {i + 1} names {match.Value}: the {module} module uses internals of the {otherModule} module"));
                }
            }
        }

        return new RuleResult(checkedFiles, violations);
    }

    /// <summary>Blanks out comments but keeps line breaks, so line numbers stay true.</summary>
    private static string WithoutComments(string text) =>
        Comments().Replace(text, m => new string(m.Value.Where(c => c == '\n').ToArray()));

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Comments();
}
