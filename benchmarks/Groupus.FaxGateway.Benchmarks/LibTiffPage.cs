using Groupus.Fax.Imaging;

namespace Groupus.FaxGateway.Benchmarks;

/// <summary>
/// One page coded by the system libtiff as a one-strip TIFF in a scratch directory (tmpfs where there is one), with an
/// open read handle to decode it again (libtiff maps the file: a strip is decoded straight from the mapping) and an open
/// write handle to encode it again (each encode rewrites the same strip in place).
/// </summary>
internal sealed unsafe class LibTiffPage : IDisposable
{
    private readonly nint _reader;
    private readonly nint _writer;
    private readonly byte[] _pixels;
    private readonly byte[] _decoded;

    public LibTiffPage(FaxPage page, FaxEncoding encoding, string directory, string name)
    {
        Page = page;
        _pixels = new byte[page.Stride * page.Height];
        for (int y = 0; y < page.Height; y++)
        {
            page.GetRow(y).CopyTo(_pixels.AsSpan(y * page.Stride));
        }

        _decoded = new byte[_pixels.Length];
        var codedPath = Path.Combine(directory, name + ".tif");
        var coder = OpenForWriting(codedPath, page, encoding);
        Encode(coder);
        NativeLibTiff.Close(coder);

        _reader = NativeLibTiff.Open(codedPath, "r");
        if (_reader == 0)
        {
            throw new InvalidOperationException($"libtiff cannot open {codedPath}.");
        }

        var raw = new byte[NativeLibTiff.RawStripSize(_reader, 0)];
        fixed (byte* target = raw)
        {
            if (NativeLibTiff.ReadRawStrip(_reader, 0, target, raw.Length) != raw.Length)
            {
                throw new InvalidOperationException("libtiff could not read its strip back.");
            }
        }

        Coded = raw;
        _writer = OpenForWriting(Path.Combine(directory, name + "-rewritten.tif"), page, encoding);
    }

    public FaxPage Page { get; }

    /// <summary>The strip as libtiff coded it: the bytes both decoders are timed on.</summary>
    public byte[] Coded { get; }

    /// <summary>The pixels of the last <see cref="Decode"/>.</summary>
    public ReadOnlySpan<byte> Decoded => _decoded;

    public ReadOnlySpan<byte> Pixels => _pixels;

    public void Decode()
    {
        fixed (byte* target = _decoded)
        {
            if (NativeLibTiff.ReadEncodedStrip(_reader, 0, target, -1) != _decoded.Length)
            {
                throw new InvalidOperationException("libtiff failed to decode its strip.");
            }
        }
    }

    public void Encode() => Encode(_writer);

    public void Dispose()
    {
        NativeLibTiff.Close(_reader);
        NativeLibTiff.Close(_writer);
    }

    private void Encode(nint tiff)
    {
        fixed (byte* source = _pixels)
        {
            if (NativeLibTiff.WriteEncodedStrip(tiff, 0, source, _pixels.Length) != _pixels.Length)
            {
                throw new InvalidOperationException("libtiff failed to encode the page.");
            }
        }
    }

    private static nint OpenForWriting(string path, FaxPage page, FaxEncoding encoding)
    {
        var tiff = NativeLibTiff.Open(path, "w");
        if (tiff == 0)
        {
            throw new InvalidOperationException($"libtiff cannot create {path}.");
        }

        NativeLibTiff.SetField(tiff, NativeLibTiff.ImageWidth, page.Width);
        NativeLibTiff.SetField(tiff, NativeLibTiff.ImageLength, page.Height);
        NativeLibTiff.SetField(tiff, NativeLibTiff.BitsPerSample, 1);
        NativeLibTiff.SetField(tiff, NativeLibTiff.SamplesPerPixel, 1);
        NativeLibTiff.SetField(tiff, NativeLibTiff.PlanarConfig, 1);
        NativeLibTiff.SetField(tiff, NativeLibTiff.Compression, encoding == FaxEncoding.Mmr ? NativeLibTiff.CompressionCcittFax4 : NativeLibTiff.CompressionCcittFax3);
        if (encoding != FaxEncoding.Mmr)
        {
            NativeLibTiff.SetField(tiff, NativeLibTiff.Group3Options, encoding == FaxEncoding.Mr ? 1 : 0);
        }

        NativeLibTiff.SetField(tiff, NativeLibTiff.Photometric, 0); // min-is-white: 1 is black, as in FaxPage
        NativeLibTiff.SetField(tiff, NativeLibTiff.FillOrder, 1);
        NativeLibTiff.SetField(tiff, NativeLibTiff.RowsPerStrip, page.Height);
        NativeLibTiff.SetField(tiff, NativeLibTiff.ResolutionUnit, 2);
        NativeLibTiff.SetField(tiff, NativeLibTiff.XResolution, page.XResolution);
        NativeLibTiff.SetField(tiff, NativeLibTiff.YResolution, page.YResolution); // libtiff's K: 4 above 150 lines/inch, else 2
        return tiff;
    }
}
