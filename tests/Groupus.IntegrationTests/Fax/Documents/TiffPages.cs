using BitMiracle.LibTiff.Classic;

namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>Decodes every page of a bilevel TIFF with LibTiff.NET, independently of the code under test.</summary>
public static class TiffPages
{
    public static IReadOnlyList<TiffPage> Read(byte[] tiffBytes)
    {
        using var stream = new MemoryStream(tiffBytes);
        using var tiff = Tiff.ClientOpen("test.tif", "r", stream, new TiffStream()) ?? throw new InvalidDataException("Not a TIFF.");
        var pages = new List<TiffPage>();
        do
        {
            int width = tiff.GetField(TiffTag.IMAGEWIDTH)[0].ToInt();
            int height = tiff.GetField(TiffTag.IMAGELENGTH)[0].ToInt();
            int bits = tiff.GetFieldDefaulted(TiffTag.BITSPERSAMPLE)[0].ToInt();
            var photometric = (Photometric)tiff.GetField(TiffTag.PHOTOMETRIC)[0].ToInt();
            Assert.Equal(1, bits);
            var black = new bool[width * height];
            var row = new byte[tiff.ScanlineSize()];
            for (int y = 0; y < height; y++)
            {
                Assert.True(tiff.ReadScanline(row, y), $"row {y} of page {pages.Count + 1} decodes");
                for (int x = 0; x < width; x++)
                {
                    bool one = (row[x >> 3] & (0x80 >> (x & 7))) != 0;
                    black[(y * width) + x] = photometric == Photometric.MINISWHITE ? one : !one;
                }
            }

            pages.Add(new TiffPage(
                width,
                height,
                tiff.GetField(TiffTag.XRESOLUTION)?[0].ToFloat() ?? 0,
                tiff.GetField(TiffTag.YRESOLUTION)?[0].ToFloat() ?? 0,
                bits,
                ((Compression)tiff.GetField(TiffTag.COMPRESSION)[0].ToInt()).ToString(),
                photometric.ToString(),
                ((FillOrder)tiff.GetFieldDefaulted(TiffTag.FILLORDER)[0].ToInt()).ToString(),
                black));
        }
        while (tiff.ReadDirectory());

        return pages;
    }

    public static IReadOnlyList<TiffPage> Read(string path) => Read(File.ReadAllBytes(path));
}
