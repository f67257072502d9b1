using Groupus.Application.Common.Contact;
using PhoneNumbers;

namespace Groupus.Infrastructure.Common;

/// <summary>Google's libphonenumber: parses national and international forms and says why a number is invalid.</summary>
internal sealed class LibPhoneNumbers : IPhoneNumbers
{
    private readonly PhoneNumberUtil _util = PhoneNumberUtil.GetInstance();

    public PhoneNumberCheck Normalise(string input, string defaultRegion = "GB")
    {
        if (input.Length > 40)
        {
            return PhoneNumberCheck.Invalid("is too long to be a telephone number");
        }

        try
        {
            var number = _util.Parse(input, defaultRegion);
            return _util.IsValidNumber(number)
                ? PhoneNumberCheck.Valid(_util.Format(number, PhoneNumberFormat.E164))
                : PhoneNumberCheck.Invalid(_util.IsPossibleNumberWithReason(number) switch
                {
                    PhoneNumberUtil.ValidationResult.TOO_SHORT => "is too short for a telephone number",
                    PhoneNumberUtil.ValidationResult.TOO_LONG => "is too long for a telephone number",
                    PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => "has an unknown country code",
                    _ => "is not a valid telephone number in its numbering plan",
                });
        }
        catch (NumberParseException parse)
        {
            return PhoneNumberCheck.Invalid(parse.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE => "has an unknown country code",
                ErrorType.NOT_A_NUMBER => "is not a telephone number",
                ErrorType.TOO_SHORT_NSN or ErrorType.TOO_SHORT_AFTER_IDD => "is too short for a telephone number",
                ErrorType.TOO_LONG => "is too long for a telephone number",
                _ => "is not a telephone number",
            });
        }
    }
}
