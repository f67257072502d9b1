namespace Groupus.ArchitectureTests.Support;

public static class ArchitectureAssert
{
    /// <summary>The rule looked at something and found nothing wrong.</summary>
    public static void Holds(RuleResult result, params string[] mustHaveChecked)
    {
        Assert.True(result.Checked.Count > 0, "The rule selected no types at all, so it would pass whatever the code did.");
        foreach (var expected in mustHaveChecked)
        {
            Assert.True(
                result.Checked.Contains(expected, StringComparer.Ordinal),
                $"The rule did not look at {expected}; it checked only:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", result.Checked)}");
        }

        Assert.True(
            result.Violations.Count == 0,
            $"{result.Violations.Count} violation(s):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", result.Violations)}");
    }

    /// <summary>A canary: the rule fails, and it blames exactly the planted subjects (no fewer, no more).</summary>
    public static void FailsNaming(RuleResult result, params string[] planted)
    {
        Assert.NotEmpty(result.Violations);
        Assert.Equal(planted.Distinct().Order(StringComparer.Ordinal), result.ViolatingSubjects);
    }

    /// <summary>A canary: the rule fails for this subject and gives this reason (among others it may give).</summary>
    public static void Reports(RuleResult result, string subject, string reasonFragment) =>
        Assert.True(
            result.Violations.Any(v => v.Subject == subject && v.Reason.Contains(reasonFragment, StringComparison.Ordinal)),
            $"Expected a violation for {subject} mentioning \"{reasonFragment}\"; got:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", result.Violations)}");

    public static void FailsNaming(RuleResult result, params Type[] planted) => FailsNaming(result, planted.Select(Name).ToArray());

    public static void Reports(RuleResult result, Type subject, string reasonFragment) => Reports(result, Name(subject), reasonFragment);

    public static string Name(Type type) => type.FullName ?? type.Name;
}
