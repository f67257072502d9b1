using System.CommandLine;
using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;
using Groupus.Fax.Modems.Lines;

namespace Groupus.FaxGateway.Diagnostics;

/// <summary><c>send --device D --number N [--class ..] page.tif</c>: dial and send a TIFF, page by page.</summary>
internal static class SendCommand
{
    public static Command Create(FaxModemDriverFactory drivers)
    {
        var options = new CommonOptions();
        var number = new Option<string>("--number", "-n") { Description = "The number to dial (as ATD takes it)", Required = true };
        var file = new Argument<string>("file") { Description = "A TIFF Class F (or any bilevel TIFF) file of 1728-pixel pages" };
        var command = new Command("send", "Send a fax: dial, negotiate, send each page, report each page's verdict");
        options.AddTo(command);
        command.Options.Add(number);
        command.Options.Add(options.Ecm);
        command.Arguments.Add(file);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            IReadOnlyList<FaxPage> pages;
            try
            {
                pages = FaxTiffReader.Read(parse.GetValue(file)!);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or NotSupportedException)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"Cannot read {parse.GetValue(file)}: {exception.Message}");
                return ExitCodes.Usage;
            }

            output.WriteLine($"Read {pages.Count} page(s) from {parse.GetValue(file)}");
            return await CommandRunner.RunAsync(parse, options, (connection, _) => CommandRunner.CallAsync(connection, drivers, output,
                (driver, progress) => driver.SendAsync(new FaxSendRequest(parse.GetValue(number)!, pages), progress, cancellationToken), cancellationToken),
                cancellationToken);
        });
        return command;
    }
}
