using BitMiracle.LibTiff.Classic;
using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;
using FillOrder = Groupus.Fax.Imaging.FillOrder;

namespace Groupus.FaxGateway.Tests.Imaging;

public class FaxTiffTests
{
    [Theory]
    [InlineData(FaxEncoding.Mh, FillOrder.MsbFirst, false, Compression.CCITTFAX3, 0)]
    [InlineData(FaxEncoding.Mh, FillOrder.LsbFirst, true, Compression.CCITTFAX3, 4)]
    [InlineData(FaxEncoding.Mr, FillOrder.MsbFirst, false, Compression.CCITTFAX3, 1)]
    [InlineData(FaxEncoding.Mr, FillOrder.LsbFirst, true, Compression.CCITTFAX3, 5)]
    [InlineData(FaxEncoding.Mmr, FillOrder.MsbFirst, false, Compression.CCITTFAX4, null)]
    public void Writer_sets_Class_F_tags_on_every_page(
        FaxEncoding encoding, FillOrder fillOrder, bool byteAlignEol, Compression compression, int? group3Options)
    {
        var pages = new[]
        {
            new FaxPage(FaxPageWidth.A4, 20, 204, 98),
            new FaxPage(FaxPageWidth.B4, 30, 204, 196),
            new FaxPage(FaxPageWidth.A3, 40, 204, 391),
        };
        using var stream = new MemoryStream();
        FaxTiffWriter.Write(stream, pages, new FaxTiffWriteOptions { Encoding = encoding, FillOrder = fillOrder, ByteAlignEol = byteAlignEol });
        var file = stream.ToArray();

        for (int i = 0; i < pages.Length; i++)
        {
            var tags = LibTiffFiles.Field(file, i, tiff => new
            {
                Width = tiff.GetField(TiffTag.IMAGEWIDTH)[0].ToInt(),
                Height = tiff.GetField(TiffTag.IMAGELENGTH)[0].ToInt(),
                Compression = (Compression)tiff.GetField(TiffTag.COMPRESSION)[0].ToInt(),
                Group3Options = tiff.GetField(TiffTag.GROUP3OPTIONS)?[0].ToInt(),
                FillOrder = tiff.GetField(TiffTag.FILLORDER)[0].ToInt(),
                Photometric = (Photometric)tiff.GetField(TiffTag.PHOTOMETRIC)[0].ToInt(),
                X = tiff.GetField(TiffTag.XRESOLUTION)[0].ToFloat(),
                Y = tiff.GetField(TiffTag.YRESOLUTION)[0].ToFloat(),
                Unit = (ResUnit)tiff.GetField(TiffTag.RESOLUTIONUNIT)[0].ToInt(),
                Page = tiff.GetField(TiffTag.PAGENUMBER)[0].ToInt(),
                Pages = tiff.GetField(TiffTag.PAGENUMBER)[1].ToInt(),
                SubfileType = tiff.GetField(TiffTag.SUBFILETYPE)[0].ToInt(),
                Software = tiff.GetField(TiffTag.SOFTWARE)[0].ToString(),
            });

            Assert.Equal((pages[i].Width, pages[i].Height), (tags.Width, tags.Height));
            Assert.Equal(compression, tags.Compression);
            Assert.Equal(group3Options, tags.Group3Options);
            Assert.Equal((int)fillOrder, tags.FillOrder);
            Assert.Equal(Photometric.MINISWHITE, tags.Photometric);
            Assert.Equal((204f, (float)pages[i].YResolution, ResUnit.INCH), (tags.X, tags.Y, tags.Unit));
            Assert.Equal((i, pages.Length), (tags.Page, tags.Pages));
            Assert.Equal((int)FileType.PAGE, tags.SubfileType);
            Assert.Equal("Groupus", tags.Software);
        }
    }

    [Fact]
    public void Multi_page_file_reads_back_every_page_with_its_geometry()
    {
        var pages = new[]
        {
            TestPages.TextLike(seed: 80, height: 300, yResolution: 196),
            TestPages.LineAndFrame(FaxPageWidth.B4, 50),
            TestPages.RandomNoise(seed: 81, width: FaxPageWidth.A3, height: 20),
        };
        using var stream = new MemoryStream();
        FaxTiffWriter.Write(stream, pages, new FaxTiffWriteOptions { Encoding = FaxEncoding.Mr });
        stream.Position = 0;

        var read = FaxTiffReader.Read(stream);

        Assert.Equal(pages.Length, read.Count);
        for (int i = 0; i < pages.Length; i++)
        {
            Assert.True(read[i].PixelsEqual(pages[i]));
            Assert.Equal((pages[i].XResolution, pages[i].YResolution), (read[i].XResolution, read[i].YResolution));
        }
    }

    [Theory]
    [InlineData(Compression.NONE)]
    [InlineData(Compression.CCITTRLE)]
    [InlineData(Compression.CCITTFAX3)]
    [InlineData(Compression.CCITTFAX4)]
    [InlineData(Compression.PACKBITS)]
    public void Reader_turns_min_is_black_pages_into_black_is_1(Compression compression)
    {
        var page = TestPages.TextLike(seed: 82, height: 200);
        var file = LibTiffFiles.Write(page, compression, photometric: Photometric.MINISBLACK);

        var read = Assert.Single(FaxTiffReader.Read(new MemoryStream(file)));

        Assert.True(read.PixelsEqual(page));
    }

    [Theory]
    [InlineData(FillOrder.MsbFirst)]
    [InlineData(FillOrder.LsbFirst)]
    public void Reader_reads_uncompressed_pages_in_either_fill_order(FillOrder fillOrder)
    {
        var page = TestPages.RandomNoise(seed: 83, width: 1000, height: 50);
        var file = LibTiffFiles.Write(page, Compression.NONE, fillOrder: fillOrder);

        Assert.True(Assert.Single(FaxTiffReader.Read(new MemoryStream(file))).PixelsEqual(page));
    }

    [Fact]
    public void Reader_converts_centimetre_resolution_to_dots_per_inch()
    {
        var page = new FaxPage(FaxPageWidth.A4, 10, 204, 196);
        var file = LibTiffFiles.Write(page, Compression.CCITTFAX4, unit: ResUnit.CENTIMETER);

        var read = Assert.Single(FaxTiffReader.Read(new MemoryStream(file)));

        Assert.Equal(204, read.XResolution, 0.1);
        Assert.Equal(196, read.YResolution, 0.1);
    }

    [Fact]
    public void Reader_refuses_a_damaged_strip_instead_of_substituting_rows()
    {
        // Zeros mid-strip break MMR: the page is refused, not kept with substituted rows.
        var page = TestPages.TextLike(seed: 84, height: 300);
        using var stream = new MemoryStream();
        FaxTiffWriter.Write(stream, [page], new FaxTiffWriteOptions { Encoding = FaxEncoding.Mmr });
        var file = stream.ToArray();
        int stripOffset = LibTiffFiles.Field(file, 0, tiff => (int)tiff.GetField(TiffTag.STRIPOFFSETS)[0].TolongArray()[0]);
        for (int i = stripOffset + 400; i < stripOffset + 410; i++)
        {
            file[i] = 0x00;
        }

        var refusal = Assert.Throws<InvalidDataException>(() => FaxTiffReader.Read(new MemoryStream(file)));
        Assert.StartsWith("Page 1: ", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_rejects_a_header_claiming_an_enormous_page_before_allocating_it()
    {
        using var stream = new MemoryStream();
        var tiff = BitMiracle.LibTiff.Classic.Tiff.ClientOpen("huge.tif", "w", stream, new TiffStream())!;
        tiff.SetField(TiffTag.IMAGEWIDTH, FaxPageWidth.A4);
        tiff.SetField(TiffTag.IMAGELENGTH, 10_000_000);
        tiff.SetField(TiffTag.BITSPERSAMPLE, 1);
        tiff.SetField(TiffTag.COMPRESSION, Compression.CCITTFAX4);
        tiff.SetField(TiffTag.PHOTOMETRIC, Photometric.MINISWHITE);
        tiff.SetField(TiffTag.ROWSPERSTRIP, 10_000_000);
        tiff.WriteRawStrip(0, [0x00, 0x10, 0x01], 3);
        tiff.WriteDirectory();
        tiff.Close();

        Assert.Throws<InvalidDataException>(() => FaxTiffReader.Read(new MemoryStream(stream.ToArray())));
    }

    [Fact]
    public void Reader_rejects_files_that_are_not_TIFF() =>
        Assert.ThrowsAny<Exception>(() => FaxTiffReader.Read(new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8])));
}
