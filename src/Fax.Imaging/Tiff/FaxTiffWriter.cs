using BitMiracle.LibTiff.Classic;
using LibTiff = BitMiracle.LibTiff.Classic.Tiff;
using TiffFillOrder = BitMiracle.LibTiff.Classic.FillOrder;

namespace Groupus.Fax.Imaging.Tiff;

/// <summary>Writes multi-page TIFF Class F files: one strip per page coded by <see cref="FaxEncoder"/>, without RTC.</summary>
public static class FaxTiffWriter
{
    /// <summary>Writes <paramref name="pages"/> to a seekable <paramref name="output"/> (left open).</summary>
    public static void Write(Stream output, IReadOnlyList<FaxPage> pages, FaxTiffWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count == 0)
        {
            throw new ArgumentException("A TIFF needs at least one page.", nameof(pages));
        }

        Write(output, pages, pages.Count, options, CancellationToken.None);
    }

    /// <summary>
    /// Writes <paramref name="pageCount"/> pages to a seekable <paramref name="output"/> (left open), taking each page
    /// from <paramref name="pages"/> only when the one before is written, so a long document is never all in memory.
    /// </summary>
    /// <exception cref="InvalidOperationException">The sequence did not hold <paramref name="pageCount"/> pages.</exception>
    public static void Write(Stream output, IEnumerable<FaxPage> pages, int pageCount, FaxTiffWriteOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageCount, 1);
        options ??= new FaxTiffWriteOptions();

        SilentTiffErrorHandler.Install();
        var tiff = LibTiff.ClientOpen("fax.tif", "w", output, new LeaveOpenTiffStream())
            ?? throw new IOException("LibTiff could not open the output stream.");
        int written = 0;
        try
        {
            foreach (var page in pages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WritePage(tiff, page, written, pageCount, options);
                written++;
            }
        }
        finally
        {
            // Close flushes the last directory; LeaveOpenTiffStream keeps the caller's stream open.
            tiff.Close();
        }

        if (written != pageCount)
        {
            throw new InvalidOperationException($"{written} pages were produced where {pageCount} were counted.");
        }
    }

    public static void Write(string path, IReadOnlyList<FaxPage> pages, FaxTiffWriteOptions? options = null)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite);
        Write(stream, pages, options);
    }

    private static void WritePage(LibTiff tiff, FaxPage page, int index, int pageCount, FaxTiffWriteOptions options)
    {
        var encoderOptions = new FaxEncoderOptions
        {
            Width = page.Width,
            Encoding = options.Encoding,
            K = page.YResolution >= 300 ? 8 : page.YResolution >= 150 ? 4 : 2,
            ByteAlignEol = options.ByteAlignEol && options.Encoding != FaxEncoding.Mmr,
            WriteEndOfPage = options.Encoding == FaxEncoding.Mmr,
            FillOrder = options.FillOrder,
        };
        byte[] strip = FaxPageCodec.Encode(page, encoderOptions);

        tiff.SetField(TiffTag.SUBFILETYPE, FileType.PAGE);
        tiff.SetField(TiffTag.IMAGEWIDTH, page.Width);
        tiff.SetField(TiffTag.IMAGELENGTH, page.Height);
        tiff.SetField(TiffTag.BITSPERSAMPLE, 1);
        tiff.SetField(TiffTag.SAMPLESPERPIXEL, 1);
        tiff.SetField(TiffTag.PHOTOMETRIC, Photometric.MINISWHITE);
        tiff.SetField(TiffTag.FILLORDER, options.FillOrder == FillOrder.LsbFirst ? TiffFillOrder.LSB2MSB : TiffFillOrder.MSB2LSB);
        tiff.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
        tiff.SetField(TiffTag.ORIENTATION, Orientation.TOPLEFT);
        tiff.SetField(TiffTag.XRESOLUTION, (float)page.XResolution);
        tiff.SetField(TiffTag.YRESOLUTION, (float)page.YResolution);
        tiff.SetField(TiffTag.RESOLUTIONUNIT, ResUnit.INCH);
        tiff.SetField(TiffTag.PAGENUMBER, index, pageCount);
        tiff.SetField(TiffTag.SOFTWARE, options.Software);
        tiff.SetField(TiffTag.ROWSPERSTRIP, Math.Max(page.Height, 1));
        if (options.Encoding == FaxEncoding.Mmr)
        {
            tiff.SetField(TiffTag.COMPRESSION, Compression.CCITTFAX4);
            tiff.SetField(TiffTag.GROUP4OPTIONS, 0);
        }
        else
        {
            tiff.SetField(TiffTag.COMPRESSION, Compression.CCITTFAX3);
            var group3Options = (options.Encoding == FaxEncoding.Mr ? Group3Opt.ENCODING2D : 0)
                | (encoderOptions.ByteAlignEol ? Group3Opt.FILLBITS : 0);
            tiff.SetField(TiffTag.GROUP3OPTIONS, group3Options);
        }

        if (tiff.WriteRawStrip(0, strip, strip.Length) < 0 || !tiff.WriteDirectory())
        {
            throw new IOException($"LibTiff failed to write page {index + 1}.");
        }
    }
}
