using FluentValidation;
using Groupus.Domain.Numbering;

namespace Groupus.Application.Numbering;

internal static class NumberRules
{
    public static IRuleBuilderOptions<T, NumberPurpose?> RequiredPurpose<T>(this IRuleBuilder<T, NumberPurpose?> rule) =>
        rule.NotNull().WithMessage("is required (voice or fax)").IsInEnum().WithMessage("must be voice or fax");
}
