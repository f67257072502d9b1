using FluentValidation;
using Groupus.Domain.Accounts.Numbers;

namespace Groupus.Application.Accounts.Numbers;

internal static class NumberRules
{
    public static IRuleBuilderOptions<T, NumberPurpose?> RequiredPurpose<T>(this IRuleBuilder<T, NumberPurpose?> rule) =>
        rule.NotNull().WithMessage("is required (voice or fax)").IsInEnum().WithMessage("must be voice or fax");
}
