using FluentValidation;
using Groupus.Application.Common.Validation;
using Groupus.Domain.Common;

namespace Groupus.Application.Identity.CustomerUsers;

internal static class CustomerUserRules
{
    public static IRuleBuilderOptions<T, string?> DisplayName<T>(this IRuleBuilder<T, string?> rule) => rule.RequiredText(200).MustBePrintableText();

    public static IRuleBuilderOptions<T, string?> OrganisationRoleName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("is required")
            .Must(role => role is null || OrganisationRole.IsKnown(role)).WithMessage($"must be one of: {string.Join(", ", OrganisationRole.All)}");
}
