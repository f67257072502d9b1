using Groupus.Application.Common.Contact;
using PhoneNumbers;
using NumberType = Groupus.Application.Common.Contact.PhoneNumberType;
using PlanType = PhoneNumbers.PhoneNumberType;

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
            if (number.HasExtension)
            {
                return PhoneNumberCheck.Invalid("has an extension, which cannot be dialled or stored; give the number without it");
            }

            return _util.IsValidNumber(number)
                ? PhoneNumberCheck.Valid(_util.Format(number, PhoneNumberFormat.E164), TypeOf(number))
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

    private NumberType TypeOf(PhoneNumber number) => _util.GetNumberType(number) switch
    {
        PlanType.FIXED_LINE => NumberType.FixedLine,
        PlanType.MOBILE => NumberType.Mobile,
        PlanType.FIXED_LINE_OR_MOBILE => NumberType.FixedLineOrMobile,
        PlanType.TOLL_FREE => NumberType.TollFree,
        PlanType.PREMIUM_RATE => NumberType.PremiumRate,
        PlanType.SHARED_COST => NumberType.SharedCost,
        PlanType.VOIP => NumberType.Voip,
        PlanType.PERSONAL_NUMBER => NumberType.PersonalNumber,
        PlanType.PAGER => NumberType.Pager,
        PlanType.UAN => NumberType.Uan,
        PlanType.VOICEMAIL => NumberType.Voicemail,
        _ => NumberType.Unknown,
    };
}
