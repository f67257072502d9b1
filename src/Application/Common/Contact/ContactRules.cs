using System.Net.Mail;
using FluentValidation;

namespace Groupus.Application.Common.Contact;

public static class ContactRules
{
    /// <summary>One plain address (no display name), with a dotted domain, at most 254 characters.</summary>
    public static IRuleBuilderOptions<T, string?> EmailAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("is required")
            .MaximumLength(254).WithMessage("must be at most 254 characters")
            .Must(IsPlainAddress).WithMessage("is not an e-mail address (for example name@example.co.uk)");

    /// <summary>A number libphonenumber accepts as valid; the reason it gives is the message.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> PhoneNumber<T>(this IRuleBuilder<T, string?> rule, IPhoneNumbers phones) =>
        rule.Custom((value, context) =>
        {
            if (value is null)
            {
                return;
            }

            var check = phones.Normalise(value);
            if (!check.IsValid)
            {
                context.AddFailure(check.Problem!);
            }
        });

    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    public static bool IsEmailAddress(string? value) => value is { Length: <= 254 } && IsPlainAddress(value);

    private static bool IsPlainAddress(string? value) =>
        value is not null
        && MailAddress.TryCreate(value.Trim(), out var address)
        && address.DisplayName.Length == 0
        && address.Address == value.Trim()
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.EndsWith('.');
}
