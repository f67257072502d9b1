using System.Text.RegularExpressions;
using Groupus.Domain.Fax;

namespace Groupus.Application.Fax.Telemetry;

/// <summary>
/// Label values: enum names in snake_case and codes from a closed vocabulary. Never a number, a fax identity (CSI/TSI),
/// a name or free text: what a gateway reports as an error code is kept only when it looks like a code.
/// </summary>
internal static partial class FaxMetricLabels
{
    public static string Of(Enum value) => SnakeCase().Replace(value.ToString(), "$1_$2").ToLowerInvariant();

    public static string ErrorCode(string? code) => code is null ? "none" : Code().IsMatch(code) ? code : "other";

    public static string PageResult(FaxPageVerdict page) => page.Confirmed ? "confirmed" : "not_confirmed";

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex SnakeCase();

    /// <summary>The gateways' T.30 taxonomy names (e.g. RemoteDisconnectPhaseD) and the core's own (GATEWAY_LOST).</summary>
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,39}$")]
    private static partial Regex Code();
}
