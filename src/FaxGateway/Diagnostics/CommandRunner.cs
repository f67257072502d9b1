using System.CommandLine;
using Groupus.Fax.Modems.Lines;
using Groupus.Fax.Modems.Serial;
using Groupus.Fax.T30.Calls;

namespace Groupus.FaxGateway.Diagnostics;

/// <summary>The shared frame of the diagnostic commands: open the device, run, report, map failures to exit codes.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(
        ParseResult parse, CommonOptions options, Func<ModemConnection, TextWriter, Task<int>> body, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        ModemConnection connection;
        try
        {
            connection = ModemConnection.Open(parse, options);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            await error.WriteLineAsync($"Cannot open {parse.GetValue(options.Device)}: {exception.Message}");
            output.WriteLine($"Exit code:     {ExitCodes.ModemNotResponding}");
            return ExitCodes.ModemNotResponding;
        }

        await using (connection)
        {
            int exitCode;
            try
            {
                exitCode = await body(connection, output);
            }
            catch (ModemNotRespondingException exception)
            {
                await error.WriteLineAsync(exception.Message);
                exitCode = ExitCodes.ModemNotResponding;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await error.WriteLineAsync("Interrupted.");
                exitCode = ExitCodes.UnexpectedError;
            }

            output.WriteLine($"Exit code:     {exitCode}");
            return exitCode;
        }
    }

    /// <summary>Runs a generic (not driver) exchange, turning a missed deadline into the typed report.</summary>
    public static async Task<T> GuardedAsync<T>(ModemConnection connection, Func<Task<T>> exchange)
    {
        try
        {
            return await exchange();
        }
        catch (Exception exception) when (exception is ModemTimeoutException or IOException)
        {
            throw new ModemNotRespondingException(connection.Line.Device, exception is ModemTimeoutException t ? t.WaitingFor : "a command", false, exception);
        }
    }

    /// <summary>Chooses the class, runs a send or receive through the driver with live progress, and prints the result.</summary>
    public static async Task<int> CallAsync(
        ModemConnection connection,
        FaxModemDriverFactory drivers,
        TextWriter output,
        Func<IFaxModemDriver, IProgress<FaxProgress>, Task<FaxCallResult>> call,
        CancellationToken cancellationToken)
    {
        var faxClass = await GuardedAsync(connection, () => connection.ChooseClassAsync(drivers, output, cancellationToken));
        if (faxClass is null)
        {
            output.WriteLine(connection.Line.Class.Length > 0
                ? $"No driver for fax class {connection.Line.Class} in this build (available: {string.Join(", ", drivers.AvailableClasses)})."
                : "The modem offers no fax class this build can drive.");
            return connection.Line.Class.Length > 0 ? ExitCodes.Usage : ExitCodes.ProtocolFailure;
        }

        var driver = drivers.Create(faxClass, connection.Channel, connection.Line);
        var result = await call(driver, new TerminalProgress(output));
        Print(result, output);
        return ExitCodes.For(result.Outcome);
    }

    public static void Print(FaxCallResult result, TextWriter output)
    {
        output.WriteLine($"Result:        {result.Outcome} (E{result.Error.Code} {result.Error.Name})");
        output.WriteLine($"Detail:        {result.Detail}");
        if (result.RemoteIdentity is not null)
        {
            output.WriteLine($"Remote ID:     \"{result.RemoteIdentity}\"");
        }

        if (result.Parameters is not null)
        {
            output.WriteLine($"Negotiated:    {result.Parameters}");
        }

        if (result.Hangup is not null)
        {
            output.WriteLine($"Hang-up:       {result.Hangup}");
        }

        foreach (var page in result.Pages)
        {
            var verdict = !page.Answered ? "no answer: sent, not confirmed (the call ended first)"
                : !page.Accepted ? $"{page.Verdict} (refused)"
                : page.Verdict;
            output.WriteLine($"Page {page.PageNumber,-3}       {verdict}, "
                + $"{page.Rows} rows, {page.BadRows} bad, {page.Retries} retries, {page.Parameters.Resolution}, {page.Parameters.BitRate} bit/s, {page.Parameters.Coding}");
        }

        output.WriteLine($"Pages:         {PageTotals(result)}");
    }

    /// <summary>Sending: every page of the document, confirmed, refused, attempted or not sent. Receiving: the copies kept and refused.</summary>
    private static string PageTotals(FaxCallResult result)
    {
        var confirmed = result.PagesAccepted;
        var refused = result.Pages.Count(page => page.Answered && !page.Accepted);
        if (result.DocumentPages is not { } document)
        {
            return $"{confirmed} kept, {refused} refused";
        }

        var notSent = document - result.Pages.Select(page => page.PageNumber).Distinct().Count();
        return $"{confirmed} of {document} confirmed, {refused} refused, "
            + $"{result.Pages.Count(page => !page.Answered)} sent but not confirmed, {Math.Max(0, notSent)} not sent";
    }
}
