using System.CommandLine;
using System.Globalization;
using Groupus.Api.Grpc.Fax.V1;

namespace Groupus.Cli.Commands.Fax;

/// <summary>--pdf, --file and --force: the format of a downloaded fax and where it is saved.</summary>
internal sealed class DownloadOptions
{
    // Not -o: that is the global --output (table|json).
    private readonly Option<string> file = new("--file", "-f")
    {
        Description = "Save to this file [default: <prefix>-<id>.tif, or .pdf with --pdf, in the current folder]", HelpName = "PATH",
    };

    private readonly Option<bool> pdf = new("--pdf") { Description = "Download a PDF instead of the fax pages as TIFF (Class F)" };
    private readonly Option<bool> force = new("--force") { Description = "Replace the file if it exists" };

    public void AddTo(Command command)
    {
        command.Options.Add(file);
        command.Options.Add(pdf);
        command.Options.Add(force);
    }

    public DocumentFormat Format(CommandContext context) => context.Get(pdf) ? DocumentFormat.Pdf : DocumentFormat.Tiff;

    /// <summary>Where to save, checked before the server is called.</summary>
    public DownloadTarget Target(CommandContext context, string prefix, string id)
    {
        var extension = Format(context) == DocumentFormat.Pdf ? "pdf" : "tif";
        return DownloadTarget.Choose(context.ParseResult.GetValue(file), $"{prefix}-{id}.{extension}", context.Get(force));
    }

    public static string Describe(SavedFile saved) =>
        $"Saved {saved.File} ({saved.ContentType}, {saved.Bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes).";
}
