namespace Groupus.ArchitectureTests.Support;

/// <summary>The hand-written C# under src/, read from the working tree the tests were built from.</summary>
public static class RepositorySources
{
    private static readonly Lazy<IReadOnlyList<SourceFile>> Files = new(Load);

    public static IReadOnlyList<SourceFile> All => Files.Value;

    /// <summary>One file, by its path relative to the repository root.</summary>
    public static SourceFile Read(string relativePath) =>
        new(relativePath, File.ReadAllText(Path.Combine(FindRoot(), relativePath)));

    private static IReadOnlyList<SourceFile> Load()
    {
        var root = FindRoot();
        var src = Path.Combine(root, "src");
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(segment => segment is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceFile(path, File.ReadAllText(Path.Combine(root, path))))
            .ToList();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Groupus.sln")) && Directory.Exists(Path.Combine(dir.FullName, "src")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Groupus.sln above {AppContext.BaseDirectory}: the source rules need the repository's working tree.");
    }
}
