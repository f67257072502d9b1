namespace Groupus.Application.Common.Contact;

/// <summary>What kind of service a valid number reaches, as its country's numbering plan says (libphonenumber's types).</summary>
public enum PhoneNumberType
{
    Unknown,
    FixedLine,
    Mobile,
    FixedLineOrMobile,
    TollFree,
    PremiumRate,
    SharedCost,
    Voip,
    PersonalNumber,
    Pager,
    Uan,
    Voicemail,
}
