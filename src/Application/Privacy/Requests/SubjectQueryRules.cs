using System.Text.RegularExpressions;
using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Privacy.Requests;

public static partial class SubjectQueryRules
{
    public static void Apply<T>(AbstractValidator<T> validator, Func<T, SubjectQueryInput?> query, string prefix, bool exactlyOne)
    {
        validator.RuleFor(x => query(x)).NotNull().WithName(prefix).OverridePropertyName(prefix).WithMessage("is required");
        validator.RuleFor(x => query(x)!.Count).Must(count => exactlyOne ? count == 1 : count >= 1).When(x => query(x) is not null)
            .OverridePropertyName(prefix)
            .WithMessage(exactlyOne ? "give exactly one of email, phone, customer_user_id, or name (with company)" : "name the subject by at least one of email, phone, customer_user_id, name");
        validator.RuleFor(x => query(x)!.Email).EmailAddress().WithMessage("must be an e-mail address").OptionalText(254)
            .When(x => query(x)?.Email is not null).OverridePropertyName(prefix + "Email");
        validator.RuleFor(x => query(x)!.Phone).Must(p => p is not null && E164().IsMatch(p)).WithMessage("must be an E.164 number, e.g. +442079460000")
            .When(x => query(x)?.Phone is not null).OverridePropertyName(prefix + "Phone");
        validator.RuleFor(x => query(x)!.CustomerUserId).ValidId()
            .When(x => query(x)?.CustomerUserId is not null).OverridePropertyName(prefix + "CustomerUserId");
        validator.RuleFor(x => query(x)!.Name).OptionalText(200).MustBePrintableText()
            .When(x => query(x)?.Name is not null).OverridePropertyName(prefix + "Name");
        validator.RuleFor(x => query(x)!.Company).OptionalText(200).MustBePrintableText().Must((x, company) => company is null || query(x)!.Name is not null)
            .WithMessage("is given only with a name")
            .When(x => query(x)?.Company is not null).OverridePropertyName(prefix + "Company");
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
