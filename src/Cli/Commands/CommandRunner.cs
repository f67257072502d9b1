using System.CommandLine;
using Groupus.Cli.Errors;
using Groupus.Cli.Time;

namespace Groupus.Cli.Commands;

/// <summary>Runs command bodies with a <see cref="CommandContext"/> and turns their failures into exit codes.</summary>
internal sealed class CommandRunner(CliEnvironment environment, GlobalOptions globals)
{
    public LocalTime Time { get; } = new(environment.TimeZone, environment.Clock);

    public void SetAction(Command command, Func<CommandContext, Task> body) =>
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, body, cancellationToken));

    private async Task<int> RunAsync(ParseResult parseResult, Func<CommandContext, Task> body, CancellationToken cancellationToken)
    {
        var context = new CommandContext(environment, globals, Time, parseResult, cancellationToken);
        try
        {
            await body(context);
            return ExitCodes.Success;
        }
        catch (Exception exception)
        {
            return new ErrorReporter(environment.Error).Report(exception, context.ServerForMessages);
        }
    }
}
