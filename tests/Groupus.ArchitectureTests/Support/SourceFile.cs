namespace Groupus.ArchitectureTests.Support;

/// <summary>A C# source file: its path relative to the repository root (or a made-up one, for canaries) and its text.</summary>
public sealed record SourceFile(string Path, string Text)
{
    public override string ToString() => Path;
}
