using System.Globalization;

namespace Groupus.Application.Common.Paging;

/// <summary>
/// Where a page ended: the sort value of its last row (as text) and that row's unique id, the tiebreaker. The next page
/// starts strictly after it, so its cost does not grow with how deep it is.
/// </summary>
public readonly record struct PageKey(string Value, Guid Id)
{
    /// <summary>A key for lists sorted by an instant (stored as UTC ticks, exact to the tick).</summary>
    public static PageKey At(DateTime utc, Guid id) => new(utc.Ticks.ToString(CultureInfo.InvariantCulture), id);

    /// <summary>The instant of a key made by <see cref="At"/>.</summary>
    public DateTime Time => new(long.Parse(Value, NumberStyles.None, CultureInfo.InvariantCulture), DateTimeKind.Utc);
}
