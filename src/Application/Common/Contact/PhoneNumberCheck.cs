namespace Groupus.Application.Common.Contact;

/// <summary>Either the number in E.164 form (and the kind of service it reaches) or why it is not a valid number.</summary>
public sealed record PhoneNumberCheck(string? E164, string? Problem, PhoneNumberType Type = PhoneNumberType.Unknown)
{
    public bool IsValid => E164 is not null;

    public static PhoneNumberCheck Valid(string e164, PhoneNumberType type = PhoneNumberType.Unknown) => new(e164, null, type);

    public static PhoneNumberCheck Invalid(string problem) => new(null, problem);
}
