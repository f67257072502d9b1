using BitMiracle.LibTiff.Classic;

namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>Valid fax TIFFs damaged the way files are damaged in the field: cut off inside a strip, or with corrupt coded data.</summary>
public static class DamagedTiffs
{
    /// <summary>A two-page Group 3 fax TIFF as Ghostscript writes it (each directory before its strip, page 2 last).</summary>
    public static async Task<byte[]> TwoPageGroup3Async() =>
        await SampleDocuments.GhostscriptTiffAsync(await SampleDocuments.PdfAsync(2), "tiffg3", "204x98");

    /// <summary>The file cut off half way through the (single) strip of <paramref name="page"/>, which must be the last data in it.</summary>
    public static byte[] TruncatedInside(byte[] tiff, int page)
    {
        var (offset, count) = Strip(tiff, page);
        Assert.Equal(tiff.Length, offset + count);
        return tiff[..(offset + (count / 2))];
    }

    /// <summary>The same size, with 40 bytes in the middle of <paramref name="page"/>'s strip scrambled.</summary>
    public static byte[] Corrupted(byte[] tiff, int page)
    {
        var (offset, count) = Strip(tiff, page);
        var damaged = tiff.ToArray();
        for (int i = offset + (count / 2); i < offset + (count / 2) + 40; i++)
        {
            damaged[i] ^= 0x5A;
        }

        return damaged;
    }

    /// <summary>What libtiff's own tiffinfo says on standard error while decoding every page.</summary>
    public static async Task<string> LibtiffComplaintsAsync(byte[] tiff)
    {
        using var folder = new ScratchFolder();
        var (_, _, errors) = await ExternalTool.RunAsync("tiffinfo", "-D", folder.Write("damaged.tif", tiff));
        return errors;
    }

    private static (int Offset, int Count) Strip(byte[] tiff, int page)
    {
        using var stream = new MemoryStream(tiff);
        using var reader = Tiff.ClientOpen("sample.tif", "r", stream, new TiffStream()) ?? throw new InvalidDataException("Not a TIFF.");
        Assert.True(reader.SetDirectory((short)(page - 1)));
        Assert.Equal(1, reader.NumberOfStrips());
        return ((int)reader.GetField(TiffTag.STRIPOFFSETS)[0].TolongArray()[0], (int)reader.GetField(TiffTag.STRIPBYTECOUNTS)[0].TolongArray()[0]);
    }
}
