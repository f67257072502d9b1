using System.CommandLine.Parsing;

namespace Groupus.Cli.Input;

internal static class OptionName
{
    /// <summary>The option a value belongs to, for error messages such as "--day: ...".</summary>
    public static string Of(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name : "value";
}
