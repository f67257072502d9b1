namespace Groupus.Fax.T30;

/// <summary>
/// Copy-quality figures for a received non-ECM page, produced by whoever decodes the image (the codec via the
/// transport or the host) and handed to the engine with <see cref="ImageReceived"/>.
/// </summary>
public sealed record PageQuality(int Rows, int BadRows, int LongestBadRun)
{
    /// <summary>Quality not measured: the engine accepts the page.</summary>
    public static PageQuality Unknown { get; } = new(0, 0, 0);

    public static PageQuality Perfect(int rows) => new(rows, 0, 0);

    /// <summary>The page went on past the most rows this receiver accepts: what was decoded is a cut page.</summary>
    public bool Truncated { get; init; }

    public double BadRowPercent => Rows == 0 ? 0 : 100.0 * BadRows / Rows;
}
