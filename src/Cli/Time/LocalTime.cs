using System.Globalization;
using Google.Protobuf.WellKnownTypes;

namespace Groupus.Cli.Time;

/// <summary>Converts between the server's UTC instants and the user's wall-clock time.</summary>
internal sealed class LocalTime(TimeZoneInfo zone, TimeProvider clock)
{
    public DateTimeOffset UtcNow => clock.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(ToLocal(UtcNow).DateTime);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone);

    /// <summary>"HH:mm" for today, "yyyy-MM-dd HH:mm" otherwise; empty when unset.</summary>
    public string Short(Timestamp? timestamp)
    {
        if (timestamp is null)
        {
            return string.Empty;
        }

        var local = ToLocal(timestamp.ToDateTimeOffset());
        var format = DateOnly.FromDateTime(local.DateTime) == Today ? "HH:mm" : "yyyy-MM-dd HH:mm";
        return local.ToString(format, CultureInfo.InvariantCulture);
    }

    public string Full(DateTimeOffset? instant) =>
        instant is { } value ? ToLocal(value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : string.Empty;

    public string Full(Timestamp? timestamp) => Full(timestamp?.ToDateTimeOffset());

    public string TimeOfDayWithSeconds(Timestamp timestamp) =>
        ToLocal(timestamp.ToDateTimeOffset()).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The instant a wall-clock time in this zone denotes, or null when the clocks skip that time.</summary>
    public DateTimeOffset? FromWallClock(DateTime wallClock)
    {
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            return null;
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }

    public DateTimeOffset StartOfDay(DateOnly day) =>
        FromWallClock(day.ToDateTime(TimeOnly.MinValue)) ?? FromWallClock(day.ToDateTime(new TimeOnly(1, 0)))!.Value;

    public DateTimeOffset MiddayOf(DateOnly day) => FromWallClock(day.ToDateTime(new TimeOnly(12, 0)))!.Value;
}
