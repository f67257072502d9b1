using System.Globalization;
using Groupus.Application.Common.Contact;

namespace Groupus.Application.Numbering.AssignNumberRange;

/// <summary>Consecutive E.164 numbers: the same digits counted upwards, each one valid in its numbering plan.</summary>
internal static class NumberRange
{
    /// <summary>The numbers, or the first one that is not a valid number (the range ran out of its block).</summary>
    public static (IReadOnlyList<string> Numbers, string? Invalid) Expand(string firstE164, int count, IPhoneNumbers phones)
    {
        var digits = firstE164[1..];
        var start = long.Parse(digits, CultureInfo.InvariantCulture);
        var numbers = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var candidate = "+" + (start + i).ToString(CultureInfo.InvariantCulture).PadLeft(digits.Length, '0');
            var check = phones.Normalise(candidate);
            if (!check.IsValid || check.E164 != candidate)
            {
                return (numbers, candidate);
            }

            numbers.Add(candidate);
        }

        return (numbers, null);
    }
}
