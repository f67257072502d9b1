using System.CommandLine;

namespace Groupus.Cli.Commands.Privacy;

internal static class PrivacyArguments
{
    public static Argument<string> RequestId() => new("request-id") { Description = "The data-subject request's id" };

    public static Option<string> Reason(string description, bool required = true) =>
        new("--reason") { Description = description, Required = required, HelpName = "TEXT" };
}
