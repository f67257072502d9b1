using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Common.Contact;

/// <summary>A complete postal address: first line, town, postcode and country; UK postcodes must have the UK shape.</summary>
public sealed class AddressValidator : RequestValidator<AddressInput>
{
    public AddressValidator()
    {
        RuleFor(a => a.Line1).RequiredText(100);
        RuleFor(a => a.Line2).OptionalText(100);
        RuleFor(a => a.Line3).OptionalText(100);
        RuleFor(a => a.Town).RequiredText(60);
        RuleFor(a => a.County).OptionalText(60);
        RuleFor(a => a.CountryCode).NotEmpty().WithMessage("is required")
            .Matches("^[A-Za-z]{2}$").WithMessage("must be a two-letter ISO 3166 country code such as GB");
        RuleFor(a => a.Postcode).NotEmpty().WithMessage("is required").OptionalText(16)
            .Must((address, postcode) => !PostcodeFormat.IsUnitedKingdom(address.CountryCode) || PostcodeFormat.IsValidUkPostcode(postcode!))
            .WithMessage("is not a UK postcode (for example SW1A 1AA)");
    }
}
