namespace Groupus.ArchitectureTests.Support;

/// <summary>
/// What a rule looked at and what it found wrong. <see cref="Checked"/> exists so that every real test can
/// prove its rule selected something: a rule that selects nothing passes for ever and proves nothing.
/// </summary>
public sealed record RuleResult(IReadOnlyList<string> Checked, IReadOnlyList<Violation> Violations)
{
    public IReadOnlyList<string> ViolatingSubjects => Violations.Select(v => v.Subject).Distinct().Order(StringComparer.Ordinal).ToList();
}
