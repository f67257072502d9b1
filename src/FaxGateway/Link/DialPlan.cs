namespace Groupus.FaxGateway.Link;

/// <summary>Turns E.164 numbers into modem dial strings: national numbers with the national prefix, others with the international one.</summary>
public sealed class DialPlan(DialPlanOptions options)
{
    /// <summary>"+442079460000" → "02079460000"; "+33123456789" → "0033123456789"; with an outside-line prefix in front.</summary>
    /// <exception cref="ArgumentException">The number is not E.164 (a '+' and 8 to 15 digits).</exception>
    public string DialStringFor(string e164)
    {
        ArgumentNullException.ThrowIfNull(e164);
        if (!IsE164(e164))
        {
            throw new ArgumentException("The number to dial is not in E.164 form.", nameof(e164));
        }

        var digits = e164[1..];
        var number = digits.StartsWith(options.CountryCode, StringComparison.Ordinal)
            ? options.NationalPrefix + digits[options.CountryCode.Length..]
            : options.InternationalPrefix + digits;
        return options.OutsideLinePrefix + number;
    }

    public static bool IsE164(string number) =>
        number.Length is >= 9 and <= 16 && number[0] == '+' && number[1] != '0' && number.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>A line's configured number ("020 7946 0000", "+44 20 7946 0000") in E.164, or empty when it cannot be read as one.</summary>
    public string E164For(string configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var digits = new string(configured.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        var e164 = digits switch
        {
            _ when digits.StartsWith('+') => digits,
            _ when options.InternationalPrefix.Length > 0 && digits.StartsWith(options.InternationalPrefix, StringComparison.Ordinal) => "+" + digits[options.InternationalPrefix.Length..],
            _ when options.NationalPrefix.Length > 0 && digits.StartsWith(options.NationalPrefix, StringComparison.Ordinal) => "+" + options.CountryCode + digits[options.NationalPrefix.Length..],
            _ => string.Empty,
        };
        return IsE164(e164) ? e164 : string.Empty;
    }
}
