using System.Text.RegularExpressions;
using Groupus.ArchitectureTests.Support;

namespace Groupus.ArchitectureTests.Rules;

/// <summary>
/// Rule 2 for SQL written by hand: a table belongs to the module whose prefix it carries (<c>visitors_visits</c> to
/// Visitors) or that kept its name when carved out (<see cref="Modules.KeptTableNames"/>), and only that module's code names it in a string. Neither the compiled module rule nor the source rule
/// sees a table name inside raw SQL, so without this one module could read another's tables through its own DbContext.
/// Shared kernels (<see cref="Modules.SharedKernels"/>) name no module's tables at all.
/// </summary>
public static partial class RawSqlTableRule
{
    /// <summary>Files of <paramref name="module"/> naming a table of <paramref name="otherModule"/>.</summary>
    public static RuleResult Check(IEnumerable<SourceFile> files, string module, string otherModule) =>
        Check(files, new Regex(Modules.InternalNamespacePattern(module), RegexOptions.CultureInvariant), otherModule, $"the {module} module");

    /// <summary>Files of the shared kernels naming a table of <paramref name="module"/>.</summary>
    public static RuleResult CheckSharedKernels(IEnumerable<SourceFile> files, string module) =>
        Check(files, new Regex(Modules.SharedKernelPattern, RegexOptions.CultureInvariant), module, "a shared kernel");

    private static RuleResult Check(IEnumerable<SourceFile> files, Regex owner, string tableModule, string who)
    {
        var table = new Regex(Modules.TablePattern(tableModule), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        var checkedFiles = new List<string>();
        var violations = new List<Violation>();
        foreach (var file in files.Where(f => SourceNamespaces.Declared(f.Text).Any(owner.IsMatch)))
        {
            checkedFiles.Add(file.Path);
            foreach (var (line, literal) in SqlLiterals.In(file.Text).Where(l => !ErrorCode().IsMatch(l.Text)))
            {
                foreach (Match name in table.Matches(literal))
                {
                    var nameLine = line + literal.AsSpan(0, name.Index).Count('\n');
                    violations.Add(new Violation(file.Path, $"line {nameLine} names the table {name.Value}: {who} reaches into the {tableModule} module's tables"));
                }
            }
        }

        return new RuleResult(checkedFiles, violations);
    }

    // A whole literal in capitals and underscores is an error code (IDENTITY_CODE_WRONG), never SQL: the identity_
    // prefix would otherwise claim Privacy's verification codes.
    [GeneratedRegex("""^"[A-Z][A-Z0-9_]*"$""", RegexOptions.CultureInvariant)]
    private static partial Regex ErrorCode();
}
