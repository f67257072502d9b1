using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using Groupus.Cli.Commands;

namespace Groupus.Cli;

/// <summary>The public entry point of the <c>groupus</c> command-line tool.</summary>
public static class CliApp
{
    /// <summary>Parses <paramref name="args"/>, runs the chosen command and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);

        var parseResult = CommandTree.Build(environment).Parse(args);
        var invocation = new InvocationConfiguration { Output = environment.Output, Error = environment.Error };
        if (parseResult.Action is ParseErrorAction reportParseErrors)
        {
            reportParseErrors.ShowHelp = false;
            await parseResult.InvokeAsync(invocation, cancellationToken);
            environment.Error.WriteLine($"Run '{CommandPath(parseResult.CommandResult)} --help' for usage.");
            return ExitCodes.Usage;
        }

        return await parseResult.InvokeAsync(invocation, cancellationToken);
    }

    private static string CommandPath(CommandResult command) =>
        command.Parent is CommandResult parent ? $"{CommandPath(parent)} {command.Command.Name}" : "groupus";
}
