using Groupus.Benchmarks;

namespace Groupus.Fax.Benchmarks;

/// <summary>A Markdown row: name, count, p50, p95, p99 and max in milliseconds.</summary>
internal static class PercentileRow
{
    public static string Of(string name, IReadOnlyList<double> values) =>
        FormattableString.Invariant(
            $"| {name} | {values.Count} | {Timing.Percentile(values, 0.50):F1} | {Timing.Percentile(values, 0.95):F1} | {Timing.Percentile(values, 0.99):F1} | {values.Max():F1} |");
}
