using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Groupus.Cli.Input;

internal static class NumberOptions
{
    public static Option<int?> Positive(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "N",
        CustomParser = ParsePositive,
    };

    public static Option<int?> InRange(string name, string description, int minimum, int maximum) => new(name)
    {
        Description = description,
        HelpName = $"{minimum}-{maximum}",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum && number <= maximum)
            {
                return number;
            }

            result.AddError($"{OptionName.Of(result)}: '{text}' is not a whole number from {minimum} to {maximum}.");
            return null;
        },
    };

    public static int? ParsePositive(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return number;
        }

        result.AddError($"{OptionName.Of(result)}: '{text}' is not a positive whole number.");
        return null;
    }
}
