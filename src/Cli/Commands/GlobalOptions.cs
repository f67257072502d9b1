using System.CommandLine;
using System.CommandLine.Parsing;
using Groupus.Cli.Connection;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands;

/// <summary>Options accepted by every command.</summary>
internal sealed class GlobalOptions
{
    public Option<ServerAddress?> Server { get; } = new("--server")
    {
        Description = $"Groupus server URL [default: $GROUPUS_SERVER, else the server you logged in to, else {ServerAddress.Default}]",
        HelpName = "URL",
        Recursive = true,
        CustomParser = ParseServer,
    };

    public Option<OutputFormat> Output { get; } = new("--output", "-o")
    {
        Description = "table for people, json (protobuf JSON) for scripts [default: table]",
        HelpName = "table|json",
        Recursive = true,
    };

    public Option<int> TimeoutSeconds { get; } = new("--timeout")
    {
        Description = "Seconds to wait for the server",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => 30,
        CustomParser = result => NumberOptions.ParsePositive(result) ?? 0,
        Recursive = true,
    };

    public IEnumerable<Option> All => [Server, Output, TimeoutSeconds];

    private static ServerAddress? ParseServer(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (ServerAddress.TryParse(text, out var address))
        {
            return address;
        }

        result.AddError(ServerAddress.InvalidMessage(text));
        return null;
    }
}
