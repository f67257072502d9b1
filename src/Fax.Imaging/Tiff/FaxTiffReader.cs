using BitMiracle.LibTiff.Classic;
using LibTiff = BitMiracle.LibTiff.Classic.Tiff;
using TiffFillOrder = BitMiracle.LibTiff.Classic.FillOrder;

namespace Groupus.Fax.Imaging.Tiff;

/// <summary>
/// Reads bilevel (fax) TIFF pages: uncompressed, CCITT RLE, G3 1D/2D or G4, either FillOrder, inch or centimetre units,
/// min-is-white or min-is-black. Fax strips go through <see cref="FaxDecoder"/>; anything else goes through LibTiff.
/// A page that does not decode cleanly (a strip cut short, a row whose codes do not make a row of the page's width) is
/// refused with <see cref="InvalidDataException"/> naming the page and the damage: a source page is never padded or
/// patched, because what would go out is not what the sender meant.
/// </summary>
public static class FaxTiffReader
{
    // Far beyond any fax page (A3 at 391 lines/inch is 2432 x 6500), small enough that a hostile header cannot exhaust memory.
    private const int MaximumWidth = 16384;
    private const int MaximumHeight = 32768;

    /// <summary>Reads every page of a TIFF from a seekable <paramref name="input"/> (left open).</summary>
    public static IReadOnlyList<FaxPage> Read(Stream input) => Read(input, FaxTiffDecoding.OwnWithCleanLibTiffSecondOpinion);

    public static IReadOnlyList<FaxPage> Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    internal static IReadOnlyList<FaxPage> Read(Stream input, FaxTiffDecoding decoding)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            return ReadAll(input, decoding);
        }
        catch (Exception damaged) when (damaged is OverflowException or ArgumentOutOfRangeException)
        {
            // LibTiff.NET and the stream report absurd offsets and counts in a damaged file this way.
            throw new InvalidDataException("The TIFF file is damaged: an offset or count in it is out of range.", damaged);
        }
    }

    private static IReadOnlyList<FaxPage> ReadAll(Stream input, FaxTiffDecoding decoding)
    {
        SilentTiffErrorHandler.Install();
        var tiff = LibTiff.ClientOpen("fax.tif", "r", input, new LeaveOpenTiffStream())
            ?? throw new InvalidDataException("Not a TIFF file.");
        try
        {
            var pages = new List<FaxPage>();
            do
            {
                try
                {
                    pages.Add(ReadPage(tiff, input, decoding));
                }
                catch (Exception problem) when (problem is InvalidDataException or NotSupportedException)
                {
                    throw new InvalidDataException($"Page {pages.Count + 1}: {problem.Message}", problem);
                }
            }
            while (tiff.ReadDirectory());

            return pages;
        }
        finally
        {
            tiff.Close();
        }
    }

    private static FaxPage ReadPage(LibTiff tiff, Stream input, FaxTiffDecoding decoding)
    {
        int width = RequiredInt(tiff, TiffTag.IMAGEWIDTH);
        int height = RequiredInt(tiff, TiffTag.IMAGELENGTH);
        if (width is < 1 or > MaximumWidth || height is < 0 or > MaximumHeight)
        {
            throw new InvalidDataException($"A {width} x {height} page is not a fax page.");
        }

        if (DefaultedInt(tiff, TiffTag.BITSPERSAMPLE, 1) != 1 || DefaultedInt(tiff, TiffTag.SAMPLESPERPIXEL, 1) != 1)
        {
            throw new NotSupportedException("Only bilevel (1 bit per pixel, 1 sample) TIFF pages are fax pages.");
        }

        var compression = (Compression)DefaultedInt(tiff, TiffTag.COMPRESSION, (int)Compression.NONE);
        var photometric = (Photometric)DefaultedInt(tiff, TiffTag.PHOTOMETRIC, (int)Photometric.MINISWHITE);
        var (xResolution, yResolution) = Resolution(tiff);
        var page = new FaxPage(width, height, xResolution, yResolution);

        string? damage = null;
        var outcome = decoding != FaxTiffDecoding.LibTiff && !tiff.IsTiled()
            ? DecodeStrips(tiff, input, page, compression, out damage)
            : StripDecoding.NotApplicable;
        if (outcome == StripDecoding.Damaged)
        {
            // Some writers' strips (HylaFAX's MMR pages, for one) defeat our decoder but not libtiff's: take libtiff's
            // reading only when libtiff read every row without a single complaint (it pads damaged rows with a warning).
            var libTiffPage = new FaxPage(width, height, xResolution, yResolution);
            if (decoding != FaxTiffDecoding.OwnWithCleanLibTiffSecondOpinion || !ReadWithLibTiffWithoutComplaint(tiff, libTiffPage))
            {
                throw new InvalidDataException(damage);
            }

            page = libTiffPage;
        }

        if (outcome == StripDecoding.NotApplicable && !TryReadWithLibTiff(tiff, page))
        {
            throw new InvalidDataException("its image data could not be read to the end; the file is damaged or truncated.");
        }

        if (photometric == Photometric.MINISBLACK)
        {
            Invert(page);
        }

        return page;
    }

    private static StripDecoding DecodeStrips(LibTiff tiff, Stream input, FaxPage page, Compression compression, out string? damage)
    {
        damage = null;
        FaxEncoding encoding;
        switch (compression)
        {
            case Compression.CCITTRLE:
                encoding = FaxEncoding.Mh;
                break;
            case Compression.CCITTFAX3:
                int group3Options = DefaultedInt(tiff, TiffTag.GROUP3OPTIONS, 0);
                if ((group3Options & (int)Group3Opt.UNCOMPRESSED) != 0)
                {
                    return StripDecoding.NotApplicable;
                }

                encoding = (group3Options & (int)Group3Opt.ENCODING2D) != 0 ? FaxEncoding.Mr : FaxEncoding.Mh;
                break;
            case Compression.CCITTFAX4:
                if ((DefaultedInt(tiff, TiffTag.GROUP4OPTIONS, 0) & 2) != 0)
                {
                    return StripDecoding.NotApplicable;
                }

                encoding = FaxEncoding.Mmr;
                break;
            default:
                return StripDecoding.NotApplicable;
        }

        var fillOrder = DefaultedInt(tiff, TiffTag.FILLORDER, (int)TiffFillOrder.MSB2LSB) == (int)TiffFillOrder.LSB2MSB
            ? FillOrder.LsbFirst
            : FillOrder.MsbFirst;
        int rowsPerStrip = (int)Math.Clamp(DefaultedLong(tiff, TiffTag.ROWSPERSTRIP, page.Height), 1, Math.Max(page.Height, 1));
        int strips = tiff.NumberOfStrips();
        var damageFound = new PageDamage(page.Height);
        int y = 0;
        FaxDecoder? decoder = null; // one for all the page's strips, reset for each
        for (int strip = 0; strip < strips && y < page.Height; strip++)
        {
            int rows = Math.Min(rowsPerStrip, page.Height - y);
            int size = checked((int)tiff.RawStripSize(strip));
            var raw = new byte[Math.Max(size, 0)];
            int read = size > 0 ? tiff.ReadRawStrip(strip, raw, 0, size) : 0;
            if (read < size)
            {
                // The file ends inside this strip: decode what there is, to say where the page stops.
                read = ReadAvailable(tiff, input, strip, raw);
                damageFound.FileEnds(read, size);
            }

            var options = new FaxDecoderOptions
            {
                Width = page.Width,
                Encoding = encoding,
                FillOrder = fillOrder,
                ByteAlignedRowsWithoutEol = compression == Compression.CCITTRLE,
                MaximumRows = rows,
                ExpectedRows = rows,
            };
            if (decoder is null)
            {
                decoder = new FaxDecoder(raw.AsMemory(0, read), options);
            }
            else
            {
                decoder.Reset(raw.AsMemory(0, read), options);
            }

            for (int i = 0; i < rows; i++)
            {
                int missingBefore = decoder.RowsMissing;
                if (decoder.ReadRow(page.GetRow(y + i)) == FaxRowResult.Bad)
                {
                    damageFound.Row(y + i, missing: decoder.RowsMissing > missingBefore);
                }
            }

            y += rows;
            if (damageFound.TruncatedFile)
            {
                break;
            }
        }

        if (y < page.Height && !damageFound.TruncatedFile)
        {
            damageFound.Row(y, missing: true);
        }

        damage = damageFound.Describe(encoding, page.Width);
        return damage is null ? StripDecoding.Clean : StripDecoding.Damaged;
    }

    private static int ReadAvailable(LibTiff tiff, Stream input, int strip, byte[] raw)
    {
        long offset = tiff.GetField(TiffTag.STRIPOFFSETS) is { Length: > 0 } offsets ? offsets[0].TolongArray()[strip] : long.MaxValue;
        if (offset >= input.Length)
        {
            return 0;
        }

        long position = input.Position;
        try
        {
            input.Position = offset;
            int available = (int)Math.Min(raw.Length, input.Length - offset);
            input.ReadExactly(raw, 0, available);
            return available;
        }
        finally
        {
            input.Position = position;
        }
    }

    private static bool ReadWithLibTiffWithoutComplaint(LibTiff tiff, FaxPage page)
    {
        var complaints = SilentTiffErrorHandler.Watch(tiff);
        complaints.Clear();
        return TryReadWithLibTiff(tiff, page) && !complaints.Any;
    }

    private static bool TryReadWithLibTiff(LibTiff tiff, FaxPage page)
    {
        var buffer = new byte[Math.Max(tiff.ScanlineSize(), page.Stride)];
        for (int y = 0; y < page.Height; y++)
        {
            if (!tiff.ReadScanline(buffer, y))
            {
                return false;
            }

            buffer.AsSpan(0, page.Stride).CopyTo(page.GetRow(y));
        }

        return true;
    }

    private static void Invert(FaxPage page)
    {
        int tailBits = page.Width & 7;
        for (int y = 0; y < page.Height; y++)
        {
            var row = page.GetRow(y);
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = (byte)~row[i];
            }

            if (tailBits != 0)
            {
                row[^1] &= (byte)(0xFF << (8 - tailBits));
            }
        }
    }

    private static (double X, double Y) Resolution(LibTiff tiff)
    {
        double x = tiff.GetField(TiffTag.XRESOLUTION) is { Length: > 0 } xs ? xs[0].ToFloat() : FaxPageWidth.HorizontalDpi;
        double y = tiff.GetField(TiffTag.YRESOLUTION) is { Length: > 0 } ys ? ys[0].ToFloat() : (double)FaxVerticalResolution.Standard;
        if ((ResUnit)DefaultedInt(tiff, TiffTag.RESOLUTIONUNIT, (int)ResUnit.INCH) == ResUnit.CENTIMETER)
        {
            x *= 2.54;
            y *= 2.54;
        }

        return (x, y);
    }

    private static int RequiredInt(LibTiff tiff, TiffTag tag) =>
        tiff.GetField(tag) is { Length: > 0 } values
            ? values[0].ToInt()
            : throw new InvalidDataException($"TIFF page lacks {tag}.");

    private static int DefaultedInt(LibTiff tiff, TiffTag tag, int fallback) =>
        (tiff.GetFieldDefaulted(tag) ?? tiff.GetField(tag)) is { Length: > 0 } values ? values[0].ToInt() : fallback;

    private static long DefaultedLong(LibTiff tiff, TiffTag tag, long fallback) =>
        (tiff.GetFieldDefaulted(tag) ?? tiff.GetField(tag)) is { Length: > 0 } values ? values[0].ToLong() : fallback;
}
