using System.CommandLine;
using System.Globalization;
using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;
using Groupus.Fax.Modems.Lines;

namespace Groupus.FaxGateway.Diagnostics;

/// <summary><c>receive --device D --out DIR [--rings N]</c>: wait for a call, answer, write the pages as a TIFF.</summary>
internal static class ReceiveCommand
{
    public static Command Create(FaxModemDriverFactory drivers)
    {
        var options = new CommonOptions();
        var directory = new Option<string>("--out", "-o") { Description = "Directory for the received TIFF", Required = true };
        var rings = new Option<int>("--rings", "-r") { Description = "Rings before answering", DefaultValueFactory = _ => 2 };
        var wait = new Option<int>("--wait") { Description = "Seconds to wait for a call", DefaultValueFactory = _ => 300 };
        var command = new Command("receive", "Receive a fax: wait for rings, answer, receive and judge each page, save a TIFF");
        options.AddTo(command);
        command.Options.Add(directory);
        command.Options.Add(options.Ecm);
        command.Options.Add(rings);
        command.Options.Add(wait);
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, options, async (connection, output) =>
        {
            var outDirectory = Directory.CreateDirectory(parse.GetValue(directory)!);
            var request = new FaxReceiveRequest(Math.Clamp(parse.GetValue(rings), 1, 20), TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(wait))));
            var exitCode = await CommandRunner.CallAsync(connection, drivers, output,
                async (driver, progress) =>
                {
                    var result = await driver.ReceiveAsync(request, progress, cancellationToken);
                    var kept = result.Pages.Where(page => page.Accepted && page.Image is not null).Select(page => page.Image!).ToList();
                    if (kept.Count > 0)
                    {
                        var path = Path.Combine(outDirectory.FullName,
                            $"fax-{DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..6]}.tif");
                        FaxTiffWriter.Write(path, kept, new FaxTiffWriteOptions { Encoding = FaxEncoding.Mmr });
                        output.WriteLine($"Saved:         {path} ({kept.Count} page(s))");
                    }

                    return result;
                }, cancellationToken);
            return exitCode;
        }, cancellationToken));
        return command;
    }
}
