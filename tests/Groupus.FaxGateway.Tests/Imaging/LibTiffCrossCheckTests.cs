using BitMiracle.LibTiff.Classic;
using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;
using FillOrder = Groupus.Fax.Imaging.FillOrder;

namespace Groupus.FaxGateway.Tests.Imaging;

public class LibTiffCrossCheckTests
{
    public static TheoryData<string, FillOrder, bool> LibTiffCodings()
    {
        var data = new TheoryData<string, FillOrder, bool>();
        foreach (var coding in new[] { "CCITT RLE", "G3 1D", "G3 1D fill bits", "G3 2D", "G3 2D fill bits", "G4" })
        {
            foreach (var fillOrder in new[] { FillOrder.MsbFirst, FillOrder.LsbFirst })
            {
                data.Add(coding, fillOrder, false);
                data.Add(coding, fillOrder, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LibTiffCodings))]
    public void Pages_coded_by_LibTiff_decode_to_identical_pixels_with_our_decoder(string coding, FillOrder fillOrder, bool manyStrips)
    {
        var (compression, options) = LibTiffCoding(coding);
        foreach (var page in new[] { TestPages.TextLike(seed: 60, height: 300), TestPages.RandomNoise(seed: 61, width: FaxPageWidth.B4, height: 30), TestPages.AllBlack(FaxPageWidth.A3, 5) })
        {
            var file = LibTiffFiles.Write(page, compression, options, fillOrder, rowsPerStrip: manyStrips ? 16 : null);

            var ours = Assert.Single(LibTiffFiles.ReadWithOurDecoder(file));
            var theirs = Assert.Single(LibTiffFiles.ReadWithLibTiff(file));

            Assert.True(theirs.PixelsEqual(page), "LibTiff itself round-trips the page");
            Assert.True(ours.PixelsEqual(page), $"{coding}: our decoder differs from LibTiff");
        }
    }

    public static TheoryData<FaxEncoding, FillOrder, bool> OurCodings()
    {
        var data = new TheoryData<FaxEncoding, FillOrder, bool>();
        foreach (var encoding in new[] { FaxEncoding.Mh, FaxEncoding.Mr, FaxEncoding.Mmr })
        {
            foreach (var fillOrder in new[] { FillOrder.MsbFirst, FillOrder.LsbFirst })
            {
                data.Add(encoding, fillOrder, false);
                if (encoding != FaxEncoding.Mmr)
                {
                    data.Add(encoding, fillOrder, true);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OurCodings))]
    public void Our_strips_wrapped_in_TIFF_decode_to_identical_pixels_with_LibTiff(FaxEncoding encoding, FillOrder fillOrder, bool byteAlignEol)
    {
        var pages = new[]
        {
            TestPages.TextLike(seed: 62, height: 400, yResolution: 196),
            TestPages.RandomNoise(seed: 63, width: FaxPageWidth.B4, height: 40),
            TestPages.Checkerboard(FaxPageWidth.A3, 20, cell: 3),
            TestPages.AllWhite(FaxPageWidth.A4, 10),
        };
        using var stream = new MemoryStream();
        FaxTiffWriter.Write(stream, pages, new FaxTiffWriteOptions { Encoding = encoding, FillOrder = fillOrder, ByteAlignEol = byteAlignEol });
        var file = stream.ToArray();

        var theirs = LibTiffFiles.ReadWithLibTiff(file);
        var ours = LibTiffFiles.ReadWithOurDecoder(file);

        Assert.Equal(pages.Length, theirs.Count);
        Assert.Equal(pages.Length, ours.Count);
        for (int i = 0; i < pages.Length; i++)
        {
            Assert.True(theirs[i].PixelsEqual(pages[i]), $"page {i}: LibTiff decodes different pixels");
            Assert.True(ours[i].PixelsEqual(pages[i]), $"page {i}: we decode different pixels");
        }
    }

    [Theory]
    [InlineData("CCITT RLE", 98)]
    [InlineData("G3 1D", 98)]
    [InlineData("G3 1D fill bits", 196)]
    [InlineData("G3 2D", 98)]
    [InlineData("G3 2D", 196)]
    [InlineData("G3 2D fill bits", 196)]
    [InlineData("G4", 196)]
    public void Encoded_strips_match_LibTiffs_byte_for_byte(string coding, double yResolution)
    {
        // Each coding has one encoding of a page once K and the framing are fixed (libtiff: K = 4 above 150 lines/inch).
        var page = TestPages.TextLike(seed: 64, height: 200, yResolution: yResolution);
        var (compression, group3Options) = LibTiffCoding(coding);
        var file = LibTiffFiles.Write(page, compression, group3Options);
        var theirs = LibTiffFiles.Field(file, 0, tiff =>
        {
            var raw = new byte[(int)tiff.RawStripSize(0)];
            tiff.ReadRawStrip(0, raw, 0, raw.Length);
            return raw;
        });
        var ours = FaxPageCodec.Encode(page, new FaxEncoderOptions
        {
            Encoding = compression == Compression.CCITTFAX4 ? FaxEncoding.Mmr
                : (group3Options & Group3Opt.ENCODING2D) != 0 ? FaxEncoding.Mr
                : FaxEncoding.Mh,
            K = yResolution > 150 ? 4 : 2,
            ByteAlignEol = (group3Options & Group3Opt.FILLBITS) != 0,
            ByteAlignedRowsWithoutEol = compression == Compression.CCITTRLE,
            WriteEndOfPage = compression == Compression.CCITTFAX4,
        });

        Assert.Equal(theirs, ours);
    }

    private static (Compression Compression, Group3Opt Options) LibTiffCoding(string coding) => coding switch
    {
        "CCITT RLE" => (Compression.CCITTRLE, 0),
        "G3 1D" => (Compression.CCITTFAX3, 0),
        "G3 1D fill bits" => (Compression.CCITTFAX3, Group3Opt.FILLBITS),
        "G3 2D" => (Compression.CCITTFAX3, Group3Opt.ENCODING2D),
        "G3 2D fill bits" => (Compression.CCITTFAX3, Group3Opt.ENCODING2D | Group3Opt.FILLBITS),
        _ => (Compression.CCITTFAX4, 0),
    };
}
