using System.CommandLine;

namespace Groupus.Cli.Commands.Prospects;

/// <summary>An option taking one of a few words (quote, phone, within-3-months…) that stand for proto enum values.</summary>
internal sealed class Choice<TEnum>(IReadOnlyDictionary<string, TEnum> words)
    where TEnum : struct, Enum
{
    public IReadOnlyDictionary<string, TEnum> Words { get; } = words;

    public Option<string> Option(string name, string description, bool required = false)
    {
        var option = new Option<string>(name) { Description = $"{description} ({string.Join(", ", Words.Keys)})", Required = required, HelpName = "WORD" };
        option.AcceptOnlyFromAmong([.. Words.Keys]);
        return option;
    }

    /// <summary>The enum value for the word given, or the proto default ("not given") when the option was left out.</summary>
    public TEnum From(string? word) => word is null ? default : Words[word];

    public string Word(TEnum value) => Words.FirstOrDefault(pair => EqualityComparer<TEnum>.Default.Equals(pair.Value, value)).Key ?? string.Empty;
}
