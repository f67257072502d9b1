using System.Text.RegularExpressions;

namespace Groupus.ArchitectureTests.Support;

public static partial class SourceNamespaces
{
    /// <summary>The namespaces a source file declares (block or file-scoped).</summary>
    public static IEnumerable<string> Declared(string text) =>
        Declarations().Matches(text).Select(m => m.Groups["ns"].Value);

    [GeneratedRegex(@"^\s*namespace\s+(?<ns>[\w.]+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Declarations();
}
