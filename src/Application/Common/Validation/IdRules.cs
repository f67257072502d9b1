using FluentValidation;

namespace Groupus.Application.Common.Validation;

public static class IdRules
{
    public static IRuleBuilderOptions<T, string?> ValidId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => Guid.TryParse(value, out _)).WithMessage("must be an id as returned by the server");
}
