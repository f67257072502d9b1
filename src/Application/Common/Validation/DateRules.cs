using FluentValidation;

namespace Groupus.Application.Common.Validation;

/// <summary>
/// Times a request may carry that the edge can represent but later arithmetic cannot: the last representable day has
/// no next day, and a time thousands of years ahead overflows as soon as a delay is added to it.
/// </summary>
public static class DateRules
{
    /// <summary>For a query over the whole day containing the value, [day, day + 1): that end must exist.</summary>
    public static IRuleBuilderOptions<T, DateTime?> DayWithAnEnd<T>(this IRuleBuilder<T, DateTime?> rule) =>
        rule.Must(value => value is null || value.Value.Date < DateTime.MaxValue.Date).WithMessage("must be a day before 9999-12-31");

    /// <summary>A time the server will act on: at most <paramref name="horizon"/> from now.</summary>
    public static IRuleBuilderOptions<T, DateTime?> NoFurtherAheadThan<T>(this IRuleBuilder<T, DateTime?> rule, TimeProvider clock, TimeSpan horizon, string horizonInWords) =>
        rule.Must(value => value is null || value.Value <= clock.GetUtcNow().UtcDateTime + horizon).WithMessage($"must be within {horizonInWords}");
}
