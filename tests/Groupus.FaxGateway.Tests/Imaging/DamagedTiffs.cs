using BitMiracle.LibTiff.Classic;
using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;

namespace Groupus.FaxGateway.Tests.Imaging;

/// <summary>Fax TIFF files damaged the way real ones are: cut short inside a strip, or with corrupt codes mid-strip.</summary>
internal static class DamagedTiffs
{
    public const string TwoPagePostScript = """
        %!PS
        /Helvetica-Bold findfont 60 scalefont setfont
        72 700 moveto (First page) show
        showpage
        /Helvetica-Bold findfont 60 scalefont setfont
        72 700 moveto (Second page) show
        72 600 moveto (with plenty of black) show
        100 100 400 400 rectfill
        showpage
        """;

    /// <summary>Ghostscript's two-page G3 rendering (directories before their strips, as Ghostscript writes them).</summary>
    public static byte[] GhostscriptTwoPages(TemporaryDirectory directory)
    {
        File.WriteAllText(directory.File("in.ps"), TwoPagePostScript);
        ExternalTools.Run("gs", "ghostscript", directory.Path,
            "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=tiffg3", "-r204x196", "-sPAPERSIZE=a4", "-dFIXEDMEDIA",
            "-sOutputFile=fax.tif", "in.ps");
        return File.ReadAllBytes(directory.File("fax.tif"));
    }

    /// <summary>The file cut <paramref name="keptShare"/> of the way into the strip of page <paramref name="pageNumber"/>.</summary>
    public static byte[] TruncatedInStrip(byte[] file, int pageNumber, double keptShare)
    {
        var (offset, count) = Strip(file, pageNumber);
        return file[..(offset + (int)(count * keptShare))];
    }

    /// <summary>Zeros then ones over a span in the middle of the strip of page <paramref name="pageNumber"/>.</summary>
    public static byte[] CorruptedInStrip(byte[] file, int pageNumber)
    {
        var damaged = (byte[])file.Clone();
        var (offset, count) = Strip(file, pageNumber);
        int middle = offset + (count / 2);
        for (int i = 0; i < 12; i++)
        {
            damaged[middle + i] = (byte)(i % 2 == 0 ? 0xFF : 0x5A);
        }

        return damaged;
    }

    public static byte[] Write(IReadOnlyList<FaxPage> pages, FaxEncoding encoding = FaxEncoding.Mh)
    {
        using var stream = new MemoryStream();
        FaxTiffWriter.Write(stream, pages, new FaxTiffWriteOptions { Encoding = encoding });
        return stream.ToArray();
    }

    private static (int Offset, int Count) Strip(byte[] file, int pageNumber) =>
        LibTiffFiles.Field(file, pageNumber - 1, tiff =>
            ((int)tiff.GetField(TiffTag.STRIPOFFSETS)[0].TolongArray()[0], (int)tiff.GetField(TiffTag.STRIPBYTECOUNTS)[0].TolongArray()[0]));
}
