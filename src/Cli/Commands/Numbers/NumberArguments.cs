using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Connection;

namespace Groupus.Cli.Commands.Numbers;

/// <summary>Options the number commands share, and how a number typed on the command line is found.</summary>
internal static class NumberArguments
{
    public static Option<string> Number(string description = "The number (as typed, e.g. 020 7946 0000 or +442079460000) or its id") =>
        new("--number") { Description = description, HelpName = "NUMBER", Required = true };

    public static Option<string> Organisation(bool required = true) => new("--org")
    {
        Description = required ? "The organisation" : "The organisation (customers: leave out for your own)", HelpName = "ID", Required = required,
    };

    public static Option<string> Purpose(bool required)
    {
        var option = new Option<string>("--purpose") { Description = "voice or fax", HelpName = "PURPOSE", Required = required };
        option.AcceptOnlyFromAmong("voice", "fax");
        return option;
    }

    public static Option<long?> ExpectedVersion() =>
        new("--expected-version") { Description = "Refuse (exit 7) if the number changed since this version", HelpName = "VERSION" };

    public static NumberPurpose ToProto(string? purpose) => purpose switch
    {
        "voice" => NumberPurpose.Voice,
        "fax" => NumberPurpose.Fax,
        _ => NumberPurpose.Unspecified,
    };

    /// <summary>An id is used as it is; a telephone number is looked up first (NOT_FOUND: exit 6).</summary>
    public static async Task<string> ResolveIdAsync(GroupusClient client, string numberOrId) =>
        Guid.TryParse(numberOrId, out var id)
            ? id.ToString()
            : (await client.Numbers.GetNumberAsync(new GetNumberRequest { Number = numberOrId })).Id;
}
