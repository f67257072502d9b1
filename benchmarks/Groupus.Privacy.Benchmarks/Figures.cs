using System.Globalization;

namespace Groupus.Privacy.Benchmarks;

/// <summary>How the report writes milliseconds, counts and file sizes.</summary>
internal static class Figures
{
    public static string Ms(double value) => value.ToString(value < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);

    public static string Num(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string MiB(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " MiB";
}
