namespace Groupus.ArchitectureTests.Support;

/// <summary>One type (or source file) that breaks a rule, and why.</summary>
public sealed record Violation(string Subject, string Reason)
{
    public override string ToString() => $"{Subject}: {Reason}";
}
