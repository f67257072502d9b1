using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Groupus.Fax.Modems.Lines;

/// <summary>Checks every configured line at start-up and names the line and the setting that is wrong.</summary>
public sealed partial class GatewayLinesValidator : IValidateOptions<GatewayLinesOptions>
{
    public static readonly IReadOnlyList<string> FaxClasses = ["1", "2", "2.0"];

    public ValidateOptionsResult Validate(string? name, GatewayLinesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var i = 0; i < options.Lines.Count; i++)
        {
            var line = options.Lines[i];
            var label = string.IsNullOrWhiteSpace(line.Name) ? $"Gateway:Lines:{i}" : $"Gateway:Lines:{i} ('{line.Name}')";
            if (string.IsNullOrWhiteSpace(line.Name))
            {
                failures.Add($"{label}: Name is required.");
            }

            if (string.IsNullOrWhiteSpace(line.Device))
            {
                failures.Add($"{label}: Device is required (e.g. /dev/ttyUSB0).");
            }

            if (!FaxClasses.Contains(line.Class))
            {
                failures.Add($"{label}: Class must be \"1\", \"2\" or \"2.0\", not \"{line.Class}\".");
            }

            if (line.LocalId.Length > 20 || !LocalIdPattern().IsMatch(line.LocalId))
            {
                failures.Add($"{label}: LocalId must be at most 20 characters of digits, '+' and spaces.");
            }

            if (!NumberPattern().IsMatch(line.Number))
            {
                failures.Add($"{label}: Number may hold only digits, '+', spaces and dashes.");
            }

            if (line.Ecm == true && line.Class != "1")
            {
                failures.Add($"{label}: Ecm is available on Class 1 lines only; this gateway drives Class {line.Class} without it.");
            }

            if (line.AnswerRings is < 1 or > 20)
            {
                failures.Add($"{label}: AnswerRings must be between 1 and 20.");
            }

            if (line.Port.BaudRate <= 0)
            {
                failures.Add($"{label}: Port:BaudRate must be positive.");
            }

            if (line.Quirks.CommandTimeoutSeconds is < 1 or > 120 || line.Quirks.ResetDelayMilliseconds < 0 || line.Quirks.CommandDelayMilliseconds < 0)
            {
                failures.Add($"{label}: Quirks timings must be non-negative and CommandTimeoutSeconds between 1 and 120.");
            }

            if (line.Quirks.InitCommands.Any(command => command.StartsWith("AT", StringComparison.OrdinalIgnoreCase) || command.Contains('\r', StringComparison.Ordinal)))
            {
                failures.Add($"{label}: Quirks:InitCommands are written without the AT prefix, one command each.");
            }
        }

        foreach (var duplicate in options.Lines.GroupBy(l => l.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            failures.Add($"Gateway:Lines: the name '{duplicate.Key}' is used by more than one line.");
        }

        foreach (var duplicate in options.Lines.GroupBy(l => l.Device, StringComparer.Ordinal).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            failures.Add($"Gateway:Lines: the device '{duplicate.Key}' is used by more than one line.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex(@"^[0-9+ ]*$")]
    private static partial Regex LocalIdPattern();

    [GeneratedRegex(@"^[0-9+ \-]*$")]
    private static partial Regex NumberPattern();
}
