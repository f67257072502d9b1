using FluentValidation;

namespace Groupus.Application.Common.Validation;

/// <summary>
/// A list of values a query filters by becomes one SQL parameter per value: unbounded, a caller can exceed the
/// database's parameter limit (an INTERNAL error) or make every query slow. An enum filter needs each value at most once.
/// </summary>
public static class FilterRules
{
    public static IRuleBuilderOptions<T, IReadOnlyCollection<TEnum>> EnumFilter<T, TEnum>(this IRuleBuilder<T, IReadOnlyCollection<TEnum>> rule)
        where TEnum : struct, Enum =>
        rule.Must(values => values.Count <= Defined<TEnum>()).WithMessage($"must list at most {Defined<TEnum>()} values")
            .Must(values => values.Distinct().Count() == values.Count).WithMessage("must not list a value twice");

    public static IRuleBuilderOptions<T, IReadOnlyList<TEnum>> EnumFilter<T, TEnum>(this IRuleBuilder<T, IReadOnlyList<TEnum>> rule)
        where TEnum : struct, Enum =>
        rule.Must(values => values.Count <= Defined<TEnum>()).WithMessage($"must list at most {Defined<TEnum>()} values")
            .Must(values => values.Distinct().Count() == values.Count).WithMessage("must not list a value twice");

    private static int Defined<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Length;
}
