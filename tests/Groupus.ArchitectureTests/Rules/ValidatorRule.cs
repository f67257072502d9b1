using System.Reflection;
using FluentValidation;
using Groupus.ArchitectureTests.Support;

namespace Groupus.ArchitectureTests.Rules;

/// <summary>Rule 3b: every concrete FluentValidation validator is sealed, named *Validator and sits beside what it validates.</summary>
public static class ValidatorRule
{
    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var validators = TypeScan.HandWrittenTypes(assemblies)
            .Where(t => t.IsClass && !t.IsAbstract && TypeScan.Implements(t, typeof(AbstractValidator<>)))
            .ToList();

        var violations = new List<Violation>();
        foreach (var validator in validators)
        {
            var name = TypeScan.Name(validator);
            if (!validator.IsSealed)
            {
                violations.Add(new(name, "a validator must be sealed"));
            }

            if (!validator.Name.EndsWith("Validator", StringComparison.Ordinal))
            {
                violations.Add(new(name, "a validator's name must end in Validator"));
            }

            var validated = TypeScan.ClosedFormsOf(validator, typeof(AbstractValidator<>)).First().GetGenericArguments()[0];
            if (validated.Namespace != validator.Namespace)
            {
                violations.Add(new(name, $"a validator must live in the namespace of what it validates ({validated.Namespace}), not {validator.Namespace}"));
            }
        }

        return new RuleResult(validators.Select(TypeScan.Name).ToList(), violations);
    }
}
