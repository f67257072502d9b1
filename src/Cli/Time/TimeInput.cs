using System.Globalization;

namespace Groupus.Cli.Time;

/// <summary>Reads the dates and times people type: local wall-clock times, or ISO 8601 with an offset.</summary>
internal static class TimeInput
{
    private static readonly string[] DateTimePatterns =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    ];

    private static readonly string[] WithOffset = [.. DateTimePatterns.Select(pattern => pattern + "zzz")];
    private static readonly string[] InUtc = [.. DateTimePatterns.Select(pattern => pattern + "'Z'")];

    public const string DateTimeHelp = "local time such as 2026-11-30T10:00, or ISO 8601 with an offset such as 2026-11-30T10:00Z";
    public const string DateHelp = "a date such as 2026-11-30";

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <returns>The instant, or an explanation of why the text is not one.</returns>
    public static (DateTimeOffset? Instant, string? Error) ParseInstant(string text, LocalTime time)
    {
        text = text.Trim();
        if (DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            return (withOffset, null);
        }

        if (DateTime.TryParseExact(text, InUtc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
        {
            return (new DateTimeOffset(utc, TimeSpan.Zero), null);
        }

        if (DateTime.TryParseExact(text, DateTimePatterns, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            return time.FromWallClock(wallClock) is { } local
                ? (local, null)
                : (null, $"'{text}' does not exist in your time zone (the clocks change then).");
        }

        return (null, $"'{text}' is not a date and time; expected a {DateTimeHelp}.");
    }
}
