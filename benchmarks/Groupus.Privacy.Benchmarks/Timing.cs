using System.Diagnostics;
using System.Globalization;

namespace Groupus.Privacy.Benchmarks;

/// <summary>Monotonic timestamps and percentiles, in milliseconds.</summary>
internal static class Timing
{
    public static long Now() => Stopwatch.GetTimestamp();

    public static double Milliseconds(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;

    public static double Since(long from) => Milliseconds(from, Now());

    /// <summary>Nearest-rank percentile of <paramref name="values"/> (0 &lt; q ≤ 1).</summary>
    public static double Percentile(IReadOnlyList<double> values, double q)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(q * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static double Median(IReadOnlyList<double> values) => Percentile(values, 0.5);

    public static string Ms(double value) => value.ToString(value < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);

    public static string Num(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string MiB(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " MiB";
}
