using System.Diagnostics;

namespace Groupus.Benchmarks;

/// <summary>Monotonic timestamps and percentiles, in milliseconds. Compiled into each benchmark project.</summary>
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
}
