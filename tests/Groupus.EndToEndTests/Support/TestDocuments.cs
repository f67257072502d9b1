using System.Diagnostics;
using System.Globalization;
using System.Text;
using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;

namespace Groupus.EndToEndTests.Support;

/// <summary>
/// Sparse documents (quick through real modems: about 20 s a page at standard resolution), made with Ghostscript, and
/// Ghostscript's own fax rendering of them to compare received pages with.
/// </summary>
internal static class TestDocuments
{
    /// <summary>A PDF of <paramref name="pages"/> mostly white pages; each shows its number and a square in its own place.</summary>
    public static async Task<byte[]> PdfAsync(int pages)
    {
        var program = new StringBuilder("%!PS-Adobe-3.0\n/Helvetica findfont 28 scalefont setfont\n");
        for (var page = 1; page <= pages; page++)
        {
            program.Append(CultureInfo.InvariantCulture, $"72 740 moveto (End-to-end page {page} of {pages}) show\n");
            program.Append("4 setlinewidth 60 60 475 700 rectstroke 100 100 moveto 500 600 lineto stroke\n");
            program.Append(CultureInfo.InvariantCulture, $"{80 + (page * 60)} 300 50 50 rectfill showpage\n");
        }

        using var scratch = new ScratchDirectory();
        var source = scratch.File("document.ps");
        await File.WriteAllTextAsync(source, program.ToString());
        var output = scratch.File("document.pdf");
        await GhostscriptAsync("-sDEVICE=pdfwrite", $"-sOutputFile={output}", source);
        return await File.ReadAllBytesAsync(output);
    }

    /// <summary>The PDF as Ghostscript's fax device draws it at standard resolution on A4 (the settings the core renders with).</summary>
    public static async Task<IReadOnlyList<FaxPage>> StandardFaxPagesAsync(byte[] pdf)
    {
        using var scratch = new ScratchDirectory();
        var source = scratch.File("document.pdf");
        await File.WriteAllBytesAsync(source, pdf);
        var output = scratch.File("pages.tif");
        await GhostscriptAsync("-sDEVICE=tiffg4", "-r204x98", "-sPAPERSIZE=a4", "-dFIXEDMEDIA", "-dPDFFitPage", $"-sOutputFile={output}", source);
        return FaxTiffReader.Read(output);
    }

    /// <summary>Writes each page to its own single-page TIFF (as efax sends them) and returns the files in order.</summary>
    public static IReadOnlyList<string> WritePageFiles(IReadOnlyList<FaxPage> pages, string directory)
    {
        var files = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            files.Add(Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"page.{i + 1:000}")));
            FaxTiffWriter.Write(files[^1], [pages[i]]);
        }

        return files;
    }

    private static async Task GhostscriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("gs") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var gs = Process.Start(start) ?? throw new InvalidOperationException("gs did not start (apt-get install ghostscript).");
        var output = gs.StandardOutput.ReadToEndAsync();
        var error = gs.StandardError.ReadToEndAsync();
        await gs.WaitForExitAsync();
        if (gs.ExitCode != 0)
        {
            throw new InvalidOperationException($"gs {string.Join(' ', arguments)} failed ({gs.ExitCode}): {await output}{await error}");
        }
    }
}
