using BitMiracle.LibTiff.Classic;
using Groupus.Fax.Imaging.Tiff;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// A TIFF held in memory, read with LibTiff.NET: every directory's geometry up front, then pages one at a time,
/// bilevel ones as bits and anything else (grey, colour, palette) as luminance. Damage is reported as
/// <see cref="UnreadableDocumentException"/> naming the page and what is wrong, including damage libtiff only warns
/// about and would otherwise paper over with white or cut rows: a page is never padded.
/// </summary>
internal sealed class TiffDocument : IDisposable
{
    // Far beyond any page (A3 at 400 dpi is 4700 x 6600 pixels), small enough that a hostile header cannot exhaust memory.
    private const int MaximumSide = 30_000;

    private readonly MemoryStream _stream;
    private readonly Tiff _tiff;
    private readonly TiffComplaints _complaints;

    private TiffDocument(MemoryStream stream, Tiff tiff, IReadOnlyList<TiffPageInfo> pages)
    {
        _stream = stream;
        _tiff = tiff;
        _complaints = SilentTiffErrorHandler.Watch(tiff);
        Pages = pages;
    }

    public IReadOnlyList<TiffPageInfo> Pages { get; }

    public static TiffDocument Open(byte[] content)
    {
        SilentTiffErrorHandler.Install();
        var stream = new MemoryStream(content, writable: false);
        Tiff? tiff = null;
        try
        {
            tiff = Tiff.ClientOpen("document.tif", "r", stream, new LeaveOpenTiffStream())
                ?? throw new UnreadableDocumentException("its header is damaged.");
            var pages = new List<TiffPageInfo>();
            do
            {
                pages.Add(ReadInfo(tiff));
            }
            while (tiff.ReadDirectory());

            return new TiffDocument(stream, tiff, pages);
        }
        catch (Exception damaged) when (damaged is not UnreadableDocumentException and not OutOfMemoryException)
        {
            tiff?.Close();
            stream.Dispose();
            throw new UnreadableDocumentException("its structure is damaged.", damaged);
        }
        catch
        {
            tiff?.Close();
            stream.Dispose();
            throw;
        }
    }

    public BilevelPage ReadBilevel(int index)
    {
        var info = Select(index);
        var page = new BilevelPage(info.Width, info.Height, info.XDpi ?? 0, info.YDpi ?? 0);
        bool minIsBlack = (Photometric)Defaulted(TiffTag.PHOTOMETRIC, (int)Photometric.MINISWHITE) == Photometric.MINISBLACK;
        var buffer = new byte[Math.Max(_tiff.ScanlineSize(), page.Stride)];
        Guard(index, () =>
        {
            for (int y = 0; y < page.Height; y++)
            {
                if (!_tiff.ReadScanline(buffer, y) || _complaints.Any)
                {
                    throw Damaged(index, y + 1);
                }

                var row = page.Row(y);
                buffer.AsSpan(0, page.Stride).CopyTo(row);
                if (minIsBlack)
                {
                    Invert(row, page.Width);
                }
            }
        });
        return page;
    }

    public GrayImage ReadGray(int index)
    {
        var info = Select(index);
        var raster = new int[checked(info.Width * info.Height)];
        Guard(index, () =>
        {
            if (!_tiff.ReadRGBAImageOriented(info.Width, info.Height, raster, Orientation.TOPLEFT) || _complaints.Any)
            {
                throw _complaints.Any ? Damaged(index, null) : new UnreadableDocumentException($"page {index + 1} is damaged or uses an unsupported encoding.");
            }
        });

        float xDpi = info.XDpi ?? info.YDpi ?? 1;
        var image = new GrayImage(info.Width, info.Height, xDpi, info.YDpi ?? xDpi);
        for (int i = 0; i < raster.Length; i++)
        {
            int abgr = raster[i];
            image.Pixels[i] = Luminance.OverWhite(Tiff.GetR(abgr), Tiff.GetG(abgr), Tiff.GetB(abgr), Tiff.GetA(abgr));
        }

        return image;
    }

    public void Dispose()
    {
        _tiff.Close();
        _stream.Dispose();
    }

    private static TiffPageInfo ReadInfo(Tiff tiff)
    {
        int width = Required(tiff, TiffTag.IMAGEWIDTH);
        int height = Required(tiff, TiffTag.IMAGELENGTH);
        if (width is < 1 or > MaximumSide || height is < 1 or > MaximumSide)
        {
            throw new UnreadableDocumentException($"a page of {width} × {height} pixels is not a document page.");
        }

        int bits = Defaulted(tiff, TiffTag.BITSPERSAMPLE, 1);
        int samples = Defaulted(tiff, TiffTag.SAMPLESPERPIXEL, 1);
        var photometric = (Photometric)Defaulted(tiff, TiffTag.PHOTOMETRIC, (int)Photometric.MINISWHITE);
        bool bilevel = bits == 1 && samples == 1 && photometric is Photometric.MINISWHITE or Photometric.MINISBLACK;

        float? x = tiff.GetField(TiffTag.XRESOLUTION) is { Length: > 0 } xs ? xs[0].ToFloat() : null;
        float? y = tiff.GetField(TiffTag.YRESOLUTION) is { Length: > 0 } ys ? ys[0].ToFloat() : null;
        if ((ResUnit)Defaulted(tiff, TiffTag.RESOLUTIONUNIT, (int)ResUnit.INCH) == ResUnit.CENTIMETER)
        {
            x *= 2.54f;
            y *= 2.54f;
        }

        return new TiffPageInfo(width, height, bilevel, Plausible(x), Plausible(y));
    }

    private static float? Plausible(float? dpi) => dpi is > 10 and < 10_000 ? dpi : null;

    private TiffPageInfo Select(int index)
    {
        var info = Pages[index];
        if (!_tiff.SetDirectory((short)index))
        {
            throw new UnreadableDocumentException($"page {index + 1} cannot be found.");
        }

        // What libtiff says about the directory itself (unknown tags, say) is not damage to the pixels.
        _complaints.Clear();
        return info;
    }

    private UnreadableDocumentException Damaged(int index, int? row) =>
        new($"page {index + 1} is damaged: {_complaints.Describe(row)}.");

    private void Guard(int index, Action read)
    {
        try
        {
            read();
        }
        catch (Exception damaged) when (damaged is not UnreadableDocumentException and not OutOfMemoryException)
        {
            throw new UnreadableDocumentException($"page {index + 1} is damaged: {_complaints.Describe(null)}.", damaged);
        }
    }

    private static void Invert(Span<byte> row, int width)
    {
        for (int i = 0; i < row.Length; i++)
        {
            row[i] = (byte)~row[i];
        }

        int tail = width & 7;
        if (tail != 0)
        {
            row[^1] &= (byte)(0xFF << (8 - tail));
        }
    }

    private int Defaulted(TiffTag tag, int fallback) => Defaulted(_tiff, tag, fallback);

    private static int Required(Tiff tiff, TiffTag tag) =>
        tiff.GetField(tag) is { Length: > 0 } values
            ? values[0].ToInt()
            : throw new UnreadableDocumentException($"a page lacks its {tag} tag.");

    private static int Defaulted(Tiff tiff, TiffTag tag, int fallback) =>
        (tiff.GetFieldDefaulted(tag) ?? tiff.GetField(tag)) is { Length: > 0 } values ? values[0].ToInt() : fallback;
}
