using BitMiracle.LibTiff.Classic;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// Writes fax pages as a multi-page TIFF Class F: one directory and one strip per page, CCITT Group 4, 1 bit,
/// min-is-white, FillOrder 1 (as Ghostscript writes it; Class F readers accept both orders), resolution in inches.
/// </summary>
internal static class ClassFTiffWriter
{
    public static byte[] Write(IEnumerable<BilevelPage> pages, int pageCount, CancellationToken cancellationToken)
    {
        SilentTiffErrorHandler.Install();
        using var output = new MemoryStream();
        var tiff = Tiff.ClientOpen("fax.tif", "w", output, new LeaveOpenTiffStream())
            ?? throw new IOException("LibTiff could not open a TIFF for writing.");
        int written = 0;
        try
        {
            foreach (var page in pages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WritePage(tiff, page, written, pageCount);
                written++;
            }
        }
        finally
        {
            tiff.Close();
        }

        if (written != pageCount)
        {
            throw new InvalidOperationException($"{written} pages were produced where {pageCount} were counted.");
        }

        return output.ToArray();
    }

    private static void WritePage(Tiff tiff, BilevelPage page, int index, int pageCount)
    {
        tiff.SetField(TiffTag.SUBFILETYPE, FileType.PAGE);
        tiff.SetField(TiffTag.IMAGEWIDTH, page.Width);
        tiff.SetField(TiffTag.IMAGELENGTH, page.Height);
        tiff.SetField(TiffTag.BITSPERSAMPLE, 1);
        tiff.SetField(TiffTag.SAMPLESPERPIXEL, 1);
        tiff.SetField(TiffTag.COMPRESSION, Compression.CCITTFAX4);
        tiff.SetField(TiffTag.GROUP4OPTIONS, 0);
        tiff.SetField(TiffTag.PHOTOMETRIC, Photometric.MINISWHITE);
        tiff.SetField(TiffTag.FILLORDER, FillOrder.MSB2LSB);
        tiff.SetField(TiffTag.ORIENTATION, Orientation.TOPLEFT);
        tiff.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
        tiff.SetField(TiffTag.XRESOLUTION, page.XDpi);
        tiff.SetField(TiffTag.YRESOLUTION, page.YDpi);
        tiff.SetField(TiffTag.RESOLUTIONUNIT, ResUnit.INCH);
        tiff.SetField(TiffTag.PAGENUMBER, index, pageCount);
        tiff.SetField(TiffTag.ROWSPERSTRIP, page.Height);
        tiff.SetField(TiffTag.SOFTWARE, "Groupus");

        if (tiff.WriteEncodedStrip(0, page.Bits, page.Bits.Length) < 0 || !tiff.WriteDirectory())
        {
            throw new IOException($"LibTiff could not write page {index + 1}.");
        }
    }
}
