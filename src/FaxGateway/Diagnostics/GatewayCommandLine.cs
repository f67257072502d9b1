using System.CommandLine;
using Groupus.Fax.Modems.Lines;

namespace Groupus.FaxGateway.Diagnostics;

/// <summary>
/// The gateway's diagnostic commands, in the manner of efax and HylaFAX's tools:
/// <c>probe</c>, <c>send</c> and <c>receive</c> against one modem device, with progress on the terminal and an
/// exit code per outcome (<see cref="ExitCodes"/>).
/// </summary>
public static class GatewayCommandLine
{
    private static readonly string[] CommandNames = ["probe", "send", "receive", "-h", "--help", "-?", "--version"];

    /// <summary>True when the arguments ask for a diagnostic command rather than the service.</summary>
    public static bool IsDiagnosticInvocation(string[] args) => args.Length > 0 && CommandNames.Contains(args[0], StringComparer.Ordinal);

    public static RootCommand Build(FaxModemDriverFactory drivers)
    {
        var root = new RootCommand("Groupus fax gateway. Without arguments it runs as a service; these commands test one modem.");
        root.Subcommands.Add(ProbeCommand.Create(drivers));
        root.Subcommands.Add(SendCommand.Create(drivers));
        root.Subcommands.Add(ReceiveCommand.Create(drivers));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, FaxModemDriverFactory drivers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var parse = Build(drivers).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync(parseError.Message);
            }

            await error.WriteLineAsync("Try --help.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await error.WriteLineAsync($"Unexpected error: {exception}");
            return ExitCodes.UnexpectedError;
        }
    }
}
