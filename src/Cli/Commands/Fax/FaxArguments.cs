using System.CommandLine;

namespace Groupus.Cli.Commands.Fax;

/// <summary>Arguments and options the fax commands share.</summary>
internal static class FaxArguments
{
    public static Argument<string> JobId() => new("job-id") { Description = "The fax job's id, as printed by fax send or fax list" };

    public static Argument<string> FaxId() => new("fax-id") { Description = "The received fax's id, as printed by fax received list or fax unrouted" };

    public static Option<string> Organisation(string description, bool required = false) =>
        new("--org") { Description = description, HelpName = "ID", Required = required };

    public static Option<string> Number(string description, bool required) =>
        new("--to") { Description = description, HelpName = "NUMBER", Required = required };

    public static Option<int?> PageSize(string what) =>
        Input.NumberOptions.Positive("--page-size", $"{what} per page [default: the server's]");

    public static Option<string> PageToken() => new("--page-token") { Description = "Continue from a previous page", HelpName = "TOKEN" };

    public static Option<bool> AllPages() => new("--all") { Description = "Fetch every page, not just the first" };
}
