using System.Diagnostics;

namespace Groupus.Fax.Benchmarks;

/// <summary>Monotonic timestamps and percentiles, in milliseconds.</summary>
internal static class Timing
{
    public static long Now() => Stopwatch.GetTimestamp();

    public static double Milliseconds(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;

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

    public static string Row(string name, IReadOnlyList<double> values) =>
        FormattableString.Invariant(
            $"| {name} | {values.Count} | {Percentile(values, 0.50):F1} | {Percentile(values, 0.95):F1} | {Percentile(values, 0.99):F1} | {values.Max():F1} |");
}
