using System.Text.RegularExpressions;
using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Telemetry;

/// <summary>Label values from closed vocabularies only: enum names in snake_case, the T.30 taxonomy and its phases.</summary>
internal static partial class GatewayMetricLabels
{
    public static string Of(Enum value) => SnakeCase().Replace(value.ToString(), "$1_$2").ToLowerInvariant();

    /// <summary>The taxonomy's name for an error, "none" for success, "other" for anything outside it.</summary>
    public static string Error(string? name) =>
        string.IsNullOrEmpty(name) || name == T30Error.Success.Name ? "none" : T30Error.All.Any(e => e.Name == name) ? name : "other";

    /// <summary>The T.30 phase an error belongs to, read from the taxonomy's numbering (1x: B, 2x and 3x: C/D, 4x: the session).</summary>
    public static string Phase(string? name) => (T30Error.All.FirstOrDefault(e => e.Name == name && e != T30Error.Success)?.Code / 10) switch
    {
        1 => "b",
        2 or 3 => "c_d",
        4 => "session",
        null => "none",
        _ => "other",
    };

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex SnakeCase();
}
