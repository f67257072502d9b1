using BitMiracle.LibTiff.Classic;
using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;
using LibTiff = BitMiracle.LibTiff.Classic.Tiff;
using TiffFillOrder = BitMiracle.LibTiff.Classic.FillOrder;

namespace Groupus.FaxGateway.Tests.Imaging;

/// <summary>TIFF files coded by LibTiff.NET's own codecs, and reading through LibTiff, for cross-checks.</summary>
internal static class LibTiffFiles
{
    public static byte[] Write(
        FaxPage page,
        Compression compression,
        Group3Opt group3Options = 0,
        Groupus.Fax.Imaging.FillOrder fillOrder = Groupus.Fax.Imaging.FillOrder.MsbFirst,
        Photometric photometric = Photometric.MINISWHITE,
        int? rowsPerStrip = null,
        ResUnit unit = ResUnit.INCH)
    {
        using var stream = new MemoryStream();
        var tiff = LibTiff.ClientOpen("test.tif", "w", stream, new TiffStream())!;
        tiff.SetField(TiffTag.IMAGEWIDTH, page.Width);
        tiff.SetField(TiffTag.IMAGELENGTH, page.Height);
        tiff.SetField(TiffTag.BITSPERSAMPLE, 1);
        tiff.SetField(TiffTag.SAMPLESPERPIXEL, 1);
        tiff.SetField(TiffTag.COMPRESSION, compression);
        if (compression == Compression.CCITTFAX3)
        {
            tiff.SetField(TiffTag.GROUP3OPTIONS, group3Options);
        }

        tiff.SetField(TiffTag.PHOTOMETRIC, photometric);
        tiff.SetField(TiffTag.FILLORDER, fillOrder == Groupus.Fax.Imaging.FillOrder.LsbFirst ? TiffFillOrder.LSB2MSB : TiffFillOrder.MSB2LSB);
        tiff.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
        double scale = unit == ResUnit.CENTIMETER ? 1 / 2.54 : 1;
        tiff.SetField(TiffTag.XRESOLUTION, (float)(page.XResolution * scale));
        tiff.SetField(TiffTag.YRESOLUTION, (float)(page.YResolution * scale));
        tiff.SetField(TiffTag.RESOLUTIONUNIT, unit);
        tiff.SetField(TiffTag.ROWSPERSTRIP, rowsPerStrip ?? page.Height);
        var row = new byte[page.Stride];
        for (int y = 0; y < page.Height; y++)
        {
            page.GetRow(y).CopyTo(row);
            if (photometric == Photometric.MINISBLACK)
            {
                for (int i = 0; i < row.Length; i++)
                {
                    row[i] = (byte)~row[i];
                }
            }

            Assert.True(tiff.WriteScanline(row, y));
        }

        Assert.True(tiff.WriteDirectory());
        tiff.Close();
        return stream.ToArray();
    }

    public static IReadOnlyList<FaxPage> ReadWithLibTiff(byte[] file) =>
        FaxTiffReader.Read(new MemoryStream(file), FaxTiffDecoding.LibTiff);

    public static IReadOnlyList<FaxPage> ReadWithOurDecoder(byte[] file) =>
        FaxTiffReader.Read(new MemoryStream(file), FaxTiffDecoding.OwnOnly);

    public static T Field<T>(byte[] file, int directory, Func<LibTiff, T> read)
    {
        using var stream = new MemoryStream(file);
        var tiff = LibTiff.ClientOpen("test.tif", "r", stream, new TiffStream())!;
        try
        {
            Assert.True(tiff.SetDirectory((short)directory));
            return read(tiff);
        }
        finally
        {
            tiff.Close();
        }
    }
}
