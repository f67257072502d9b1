using System.CommandLine;
using System.CommandLine.Parsing;
using Groupus.Cli.Input;

namespace Groupus.Cli.Time;

/// <summary>Options that take dates or times, parsed in the user's time zone.</summary>
internal static class TimeOptions
{
    public static Option<DateTimeOffset> Instant(string name, string description, LocalTime time) => new(name)
    {
        Description = $"{description}: {TimeInput.DateTimeHelp}",
        HelpName = "TIME",
        CustomParser = result => ParseInstant(result, time) ?? default,
    };

    public static Option<DateOnly?> Day(string name, string description) => new(name)
    {
        Description = $"{description}: {TimeInput.DateHelp}",
        HelpName = "DATE",
        CustomParser = result =>
        {
            if (TimeInput.TryParseDate(TokenOf(result), out var date))
            {
                return date;
            }

            result.AddError($"{OptionName.Of(result)}: '{TokenOf(result)}' is not a date; expected {TimeInput.DateHelp}.");
            return null;
        },
    };

    /// <summary>A date (meaning the start of that local day) or an exact time.</summary>
    public static Option<DateTimeOffset> RangeStart(string name, string description, LocalTime time) =>
        Range(name, description, time, date => time.StartOfDay(date));

    /// <summary>A date (meaning the whole of that local day is included) or an exact time (excluded).</summary>
    public static Option<DateTimeOffset> RangeEnd(string name, string description, LocalTime time) =>
        Range(name, description, time, date => time.StartOfDay(date.AddDays(1)));

    private static Option<DateTimeOffset> Range(string name, string description, LocalTime time, Func<DateOnly, DateTimeOffset> fromDate) => new(name)
    {
        Description = $"{description}: {TimeInput.DateHelp}, or a {TimeInput.DateTimeHelp}",
        HelpName = "DATE",
        CustomParser = result => TimeInput.TryParseDate(TokenOf(result), out var date) ? fromDate(date) : ParseInstant(result, time) ?? default,
    };

    private static DateTimeOffset? ParseInstant(ArgumentResult result, LocalTime time)
    {
        var (instant, error) = TimeInput.ParseInstant(TokenOf(result), time);
        if (error is not null)
        {
            result.AddError($"{OptionName.Of(result)}: {error}");
        }

        return instant;
    }

    private static string TokenOf(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
}
