using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>Documents made for the tests: PostScript written here, PDFs and fax TIFFs made from it by Ghostscript, images by SkiaSharp.</summary>
public static class SampleDocuments
{
    /// <summary>A PostScript program of <paramref name="pages"/> pages, each with a heading, a frame and a thick diagonal.</summary>
    public static byte[] PostScript(int pages)
    {
        var program = new StringBuilder("%!PS-Adobe-3.0\n/Helvetica findfont 28 scalefont setfont\n");
        for (int page = 1; page <= pages; page++)
        {
            program.Append(CultureInfo.InvariantCulture, $"72 740 moveto (Page {page} of the test document) show\n");
            program.Append("6 setlinewidth 60 60 475 700 rectstroke 100 100 moveto 500 600 lineto stroke\n");
            program.Append(CultureInfo.InvariantCulture, $"{80 + (page * 40)} 300 60 60 rectfill showpage\n");
        }

        return Encoding.ASCII.GetBytes(program.ToString());
    }

    public static async Task<byte[]> PdfAsync(int pages, params string[] extraArguments)
    {
        using var folder = new ScratchFolder();
        var source = folder.Write("document.ps", PostScript(pages));
        var output = folder.File("document.pdf");
        await ExternalTool.RunSuccessfullyAsync("gs", ["-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite", .. extraArguments, $"-sOutputFile={output}", source]);
        return File.ReadAllBytes(output);
    }

    /// <summary>What Ghostscript itself makes of a PDF with the device settings of the fax notes.</summary>
    public static async Task<IReadOnlyList<TiffPage>> GhostscriptFaxPagesAsync(byte[] pdf, string resolution) =>
        TiffPages.Read(await GhostscriptTiffAsync(pdf, "tiffg4", resolution));

    /// <summary>The PDF rendered by Ghostscript to a TIFF file (tiffg3, tiffg4, tiffgray...) on A4, returned as bytes.</summary>
    public static Task<byte[]> GhostscriptTiffAsync(byte[] pdf, string device, string resolution) =>
        GhostscriptAsync(pdf, device, resolution, "-sPAPERSIZE=a4", "-dFIXEDMEDIA", "-dPDFFitPage");

    /// <summary>Each page rendered at the size the PDF gives it, not fitted to A4.</summary>
    public static async Task<IReadOnlyList<TiffPage>> GhostscriptPagesAtTheirOwnSizeAsync(byte[] pdf, string resolution) =>
        TiffPages.Read(await GhostscriptAsync(pdf, "tiffg4", resolution));

    private static async Task<byte[]> GhostscriptAsync(byte[] pdf, string device, string resolution, params string[] media)
    {
        using var folder = new ScratchFolder();
        var source = folder.Write("document.pdf", pdf);
        var output = folder.File("pages.tif");
        await ExternalTool.RunSuccessfullyAsync("gs", ["-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", $"-sDEVICE={device}", $"-r{resolution}", .. media, $"-sOutputFile={output}", source]);
        return File.ReadAllBytes(output);
    }

    public static byte[] Png(int width, int height, Action<SKCanvas> draw) => Encode(width, height, draw, SKEncodedImageFormat.Png, 100);

    public static byte[] Jpeg(int width, int height, Action<SKCanvas> draw) => Encode(width, height, draw, SKEncodedImageFormat.Jpeg, 90);

    /// <summary>Black and white vertical bars, <paramref name="barWidth"/> pixels each, black first.</summary>
    public static byte[] VerticalBarsPng(int width, int height, int barWidth) =>
        Png(width, height, canvas =>
        {
            using var black = new SKPaint { Color = SKColors.Black };
            for (int x = 0; x < width; x += 2 * barWidth)
            {
                canvas.DrawRect(x, 0, barWidth, height, black);
            }
        });

    /// <summary>A JPEG with an EXIF APP1 segment saying how to turn it (1 = upright, 6 = turn 90° clockwise to show).</summary>
    public static byte[] WithExifOrientation(byte[] jpeg, ushort orientation)
    {
        byte[] exif =
        [
            .. "Exif\0\0"u8,
            .. "MM\0*"u8, 0, 0, 0, 8, // big-endian TIFF header, first IFD at offset 8
            0, 1, // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, (byte)(orientation >> 8), (byte)orientation, 0, 0, // Orientation, SHORT, 1 value
            0, 0, 0, 0, // no next IFD
        ];
        int length = exif.Length + 2;
        return [0xFF, 0xD8, 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. exif, .. jpeg.AsSpan(2)];
    }

    private static byte[] Encode(int width, int height, Action<SKCanvas> draw, SKEncodedImageFormat format, int quality)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        draw(surface.Canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }
}
