using System.Globalization;
using Groupus.Application.Common.Results;
using Groupus.Application.Fax.Documents;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// PDF and PostScript through Ghostscript's tiffg4 device: A4 fixed media, each page scaled to fit. A PDF's pages are
/// counted first (a quick run without a device) so the page limit applies before any rendering; PostScript can only
/// be counted by running it, so its rendering stops one page past the limit.
/// </summary>
internal sealed class GhostscriptRenderer(GhostscriptProcess ghostscript, RenderRoot root, IOptions<FaxRenderingOptions> options)
{
    private const string Damaged = "it may be damaged or incomplete.";

    public async Task<Result<FaxPageSet>> RenderAsync(
        byte[] document, FaxDocumentType type, FaxPageFormat format, int maximumPages, CancellationToken cancellationToken)
    {
        bool pdf = type == FaxDocumentType.Pdf;
        if (pdf && PdfEncryption.IsEncrypted(document))
        {
            return FaxDocumentErrors.Encrypted();
        }

        using var workspace = root.CreateWorkspace();
        var input = workspace.File(pdf ? "document.pdf" : "document.ps");
        await File.WriteAllBytesAsync(input, document, cancellationToken).ConfigureAwait(false);

        int lastPage = maximumPages + 1;
        if (pdf)
        {
            var counted = await ghostscript.RunAsync(workspace.Path, CountingArguments(input), cancellationToken).ConfigureAwait(false);
            if (Stopped(counted, type) is { } stopped)
            {
                return stopped;
            }

            if (counted.AskedForPassword)
            {
                return FaxDocumentErrors.Encrypted();
            }

            if (counted.ExitCode != 0 || PageCount(counted.StandardOutput) is not (> 0 and var pages))
            {
                return FaxDocumentErrors.Malformed(type, "no pages could be found in it; " + Damaged);
            }

            if (pages > maximumPages)
            {
                return FaxDocumentErrors.TooManyPages(maximumPages, pages);
            }

            lastPage = pages;
        }

        var output = workspace.File("pages.tif");
        var rendered = await ghostscript.RunAsync(workspace.Path, RenderingArguments(input, output, format, pdf, lastPage), cancellationToken).ConfigureAwait(false);
        if (Stopped(rendered, type) is { } refused)
        {
            return refused;
        }

        if (pdf && rendered.AskedForPassword)
        {
            return FaxDocumentErrors.Encrypted();
        }

        if (rendered.ExitCode != 0)
        {
            return FaxDocumentErrors.Malformed(type, "Ghostscript could not interpret it; " + Damaged);
        }

        // A program that ends without printing a page leaves no output file (or an empty one).
        var tiff = File.Exists(output) ? await File.ReadAllBytesAsync(output, cancellationToken).ConfigureAwait(false) : [];
        if (tiff.Length == 0)
        {
            return FaxDocumentErrors.Malformed(type, "it has no pages.");
        }

        TiffDocument pagesOut;
        try
        {
            pagesOut = TiffDocument.Open(tiff);
        }
        catch (UnreadableDocumentException)
        {
            return FaxDocumentErrors.Malformed(type, "Ghostscript could not render it; " + Damaged);
        }

        if (pagesOut.Pages.Count > maximumPages)
        {
            pagesOut.Dispose();
            return FaxDocumentErrors.TooManyPages(maximumPages, null);
        }

        return new FaxPageSet(pagesOut.Pages.Count, Pages(pagesOut));
    }

    private static IEnumerable<BilevelPage> Pages(TiffDocument document)
    {
        using (document)
        {
            for (int index = 0; index < document.Pages.Count; index++)
            {
                yield return document.ReadBilevel(index);
            }
        }
    }

    /// <summary>A run the limits stopped, or that tried to reach files outside its folder; null for any other ending.</summary>
    private Error? Stopped(GhostscriptRun run, FaxDocumentType type)
    {
        if (run.TimedOut)
        {
            return FaxDocumentErrors.Malformed(type, "it takes too long to render; it may be damaged or far too complex.");
        }

        if (run.HitProcessorLimit)
        {
            return FaxDocumentErrors.TooComplex(type, $"it needs more than {options.Value.GhostscriptCpuSeconds} s of processing to render");
        }

        if (run.DeniedFileAccess)
        {
            return FaxDocumentErrors.FileAccess(type);
        }

        return run.ExitCode != 0 && run.RanOutOfMemory
            ? FaxDocumentErrors.TooComplex(type, "it needs more memory to render than a document may use")
            : null;
    }

    private static List<string> CountingArguments(string input) =>
    [
        .. GhostscriptCommand.Contained(input, output: null),
        "-dNODISPLAY",
        "-c", $"({PostScriptString(input)}) (r) file runpdfbegin pdfpagecount = quit",
    ];

    private static List<string> RenderingArguments(string input, string output, FaxPageFormat format, bool pdf, int lastPage) =>
    [
        .. GhostscriptCommand.Contained(input, output),
        "-sDEVICE=tiffg4",
        string.Create(CultureInfo.InvariantCulture, $"-r{format.XDpi:0}x{format.YDpi:0}"),
        "-sPAPERSIZE=a4", "-dFIXEDMEDIA", pdf ? "-dPDFFitPage" : "-dFitPage",
        string.Create(CultureInfo.InvariantCulture, $"-dLastPage={lastPage}"),
        $"-sOutputFile={output}",
        input,
    ];

    /// <summary>The last line of the counting run's output that is a number (warnings may come before it).</summary>
    private static int? PageCount(string standardOutput) =>
        standardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : (int?)null)
            .LastOrDefault(n => n is not null);

    private static string PostScriptString(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
}
