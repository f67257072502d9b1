using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;

namespace Groupus.FaxGateway.Tests.Imaging;

public class GhostscriptCrossCheckTests
{
    private const string TwoPagePostScript = """
        %!PS
        /Helvetica findfont 14 scalefont setfont
        72 750 moveto (Groupus fax test page: The quick brown fox jumps over the lazy dog.) show
        72 720 moveto (0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz) show
        2 setlinewidth 72 700 moveto 540 700 lineto stroke
        100 400 80 0 360 arc stroke
        300 300 moveto 500 500 lineto stroke
        300 500 100 100 rectfill
        0.5 setgray 100 100 200 100 rectfill
        showpage
        /Times-Roman findfont 30 scalefont setfont
        72 600 moveto (Second page) show
        showpage
        """;

    [Theory]
    [InlineData("tiffg3", "204x196", "")]
    [InlineData("tiffg32d", "204x196", "")]
    [InlineData("tiffg4", "204x196", "")]
    [InlineData("tiffcrle", "204x196", "")]
    [InlineData("tiffg3", "204x98", "-dFillOrder=2")]
    [InlineData("tiffg32d", "204x98", "-dMaxStripSize=4096")]
    [InlineData("tiffg4", "204x98", "-dFillOrder=2")]
    [InlineData("tiffcrle", "204x98", "-dMaxStripSize=2048")]
    public void Ghostscript_fax_pages_decode_to_the_same_pixels_as_tiffcp_uncompressed(string device, string resolution, string extra)
    {
        using var directory = new TemporaryDirectory();
        System.IO.File.WriteAllText(directory.File("in.ps"), TwoPagePostScript);
        var gsArguments = new List<string>
        {
            "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", $"-sDEVICE={device}", $"-r{resolution}",
            "-sPAPERSIZE=a4", "-dFIXEDMEDIA", "-sOutputFile=fax.tif",
        };
        if (extra.Length > 0)
        {
            gsArguments.Add(extra);
        }

        gsArguments.Add("in.ps");
        ExternalTools.Run("gs", "ghostscript", directory.Path, [.. gsArguments]);
        ExternalTools.Run("tiffcp", "libtiff-tools", directory.Path, "-c", "none", "fax.tif", "plain.tif");

        IReadOnlyList<FaxPage> ours;
        using (var file = System.IO.File.OpenRead(directory.File("fax.tif")))
        {
            ours = FaxTiffReader.Read(file, FaxTiffDecoding.OwnOnly);
        }

        var reference = FaxTiffReader.Read(directory.File("plain.tif"));

        Assert.Equal(2, ours.Count);
        Assert.Equal(2, reference.Count);
        double yResolution = resolution.EndsWith("196", StringComparison.Ordinal) ? 196 : 98;
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(FaxPageWidth.A4, ours[i].Width);
            Assert.Equal((204, yResolution), (Math.Round(ours[i].XResolution), Math.Round(ours[i].YResolution)));
            Assert.True(ours[i].PixelsEqual(reference[i]), $"page {i + 1} differs from tiffcp's decoding");
            Assert.True(CountBlack(ours[i]) > 1000, "the page has ink");
        }
    }

    [Theory]
    [InlineData("g3:1d", "msb2lsb")]
    [InlineData("g3:1d:fill", "lsb2msb")]
    [InlineData("g3:2d", "lsb2msb")]
    [InlineData("g3:2d:fill", "msb2lsb")]
    [InlineData("g4", "lsb2msb")]
    public void Pages_coded_by_libtiff_tiffcp_decode_to_the_same_pixels_with_our_decoder(string compression, string fillOrder)
    {
        using var directory = new TemporaryDirectory();
        System.IO.File.WriteAllText(directory.File("in.ps"), TwoPagePostScript);
        ExternalTools.Run(
            "gs", "ghostscript", directory.Path,
            "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=tiffg4", "-r204x196", "-sPAPERSIZE=a4", "-dFIXEDMEDIA",
            "-sOutputFile=fax.tif", "in.ps");
        ExternalTools.Run("tiffcp", "libtiff-tools", directory.Path, "-c", "none", "fax.tif", "plain.tif");
        ExternalTools.Run("tiffcp", "libtiff-tools", directory.Path, "-c", compression, "-f", fillOrder, "-r", "300", "plain.tif", "recoded.tif");

        var reference = FaxTiffReader.Read(directory.File("plain.tif"));
        IReadOnlyList<FaxPage> ours;
        using (var file = System.IO.File.OpenRead(directory.File("recoded.tif")))
        {
            ours = FaxTiffReader.Read(file, FaxTiffDecoding.OwnOnly);
        }

        Assert.Equal(2, ours.Count);
        Assert.True(ours[0].PixelsEqual(reference[0]));
        Assert.True(ours[1].PixelsEqual(reference[1]));
    }

    [Theory]
    [InlineData(FaxEncoding.Mh, FillOrder.MsbFirst)]
    [InlineData(FaxEncoding.Mr, FillOrder.LsbFirst)]
    [InlineData(FaxEncoding.Mmr, FillOrder.MsbFirst)]
    [InlineData(FaxEncoding.Mmr, FillOrder.LsbFirst)]
    public void Our_TIFF_files_decode_to_the_same_pixels_with_libtiff_tiffcp(FaxEncoding encoding, FillOrder fillOrder)
    {
        using var directory = new TemporaryDirectory();
        var pages = new[] { TestPages.TextLike(seed: 70, height: 500), TestPages.RandomNoise(seed: 71, width: FaxPageWidth.A3, height: 30) };
        FaxTiffWriter.Write(directory.File("ours.tif"), pages, new FaxTiffWriteOptions { Encoding = encoding, FillOrder = fillOrder });
        ExternalTools.Run("tiffcp", "libtiff-tools", directory.Path, "-c", "none", "ours.tif", "plain.tif");

        var decoded = FaxTiffReader.Read(directory.File("plain.tif"));

        Assert.Equal(2, decoded.Count);
        Assert.True(decoded[0].PixelsEqual(pages[0]));
        Assert.True(decoded[1].PixelsEqual(pages[1]));
    }

    private static int CountBlack(FaxPage page)
    {
        int count = 0;
        for (int y = 0; y < page.Height; y++)
        {
            foreach (byte b in page.GetRow(y))
            {
                count += System.Numerics.BitOperations.PopCount(b);
            }
        }

        return count;
    }
}
