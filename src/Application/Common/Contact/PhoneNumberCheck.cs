namespace Groupus.Application.Common.Contact;

/// <summary>Either the number in E.164 form or why it is not a valid number.</summary>
public sealed record PhoneNumberCheck(string? E164, string? Problem)
{
    public bool IsValid => E164 is not null;

    public static PhoneNumberCheck Valid(string e164) => new(e164, null);

    public static PhoneNumberCheck Invalid(string problem) => new(null, problem);
}
