using NetArchTest.Rules;

namespace Groupus.ArchitectureTests.Support;

public static class NetArchTestResults
{
    /// <summary>
    /// Runs a NetArchTest condition and turns its verdict into a <see cref="RuleResult"/>. Failing names use the
    /// reflection spelling (<c>Outer+Inner</c>, not Cecil's <c>Outer/Inner</c>), and a compiler-generated nested
    /// type (an async state machine, a closure) is reported as the type whose code it holds.
    /// </summary>
    public static RuleResult ToRuleResult(PredicateList selection, Func<PredicateList, ConditionList> condition, string reason)
    {
        var checkedTypes = selection.GetTypes().OfType<Type>().Select(t => OwningTypeName(TypeScan.Name(t))).Distinct().Order(StringComparer.Ordinal).ToList();
        var result = condition(selection).GetResult();
        var failing = result.IsSuccessful ? [] : (result.FailingTypeNames ?? []);
        var violations = failing
            .Select(OwningTypeName)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(name => new Violation(name, reason))
            .ToList();
        return new RuleResult(checkedTypes, violations);
    }

    private static string OwningTypeName(string cecilName)
    {
        var name = cecilName.Replace('/', '+');
        var generated = name.IndexOf("+<", StringComparison.Ordinal);
        return generated < 0 ? name : name[..generated];
    }
}
