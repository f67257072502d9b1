namespace Groupus.Fax.Imaging;

/// <summary>A bilevel fax page: packed rows, MSB = leftmost pixel, 1 = black.</summary>
public sealed class FaxPage
{
    private readonly byte[] _pixels;

    /// <summary>Creates an all-white page.</summary>
    public FaxPage(int width, int height, double xResolution = FaxPageWidth.HorizontalDpi, double yResolution = (double)FaxVerticalResolution.Standard)
        : this(width, height, xResolution, yResolution, null)
    {
    }

    /// <summary>
    /// A page over <paramref name="pixels"/> as they are (packed rows of <see cref="Stride"/> bytes, 1 = black), not
    /// copied: for a caller that rasterised the page itself.
    /// </summary>
    public static FaxPage OverPixels(int width, int height, double xResolution, double yResolution, byte[] pixels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        return new FaxPage(width, height, xResolution, yResolution, pixels);
    }

    internal FaxPage(int width, int height, double xResolution, double yResolution, byte[]? pixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        Width = width;
        Height = height;
        XResolution = xResolution;
        YResolution = yResolution;
        Stride = (width + 7) / 8;
        _pixels = pixels ?? new byte[Stride * height];
        if (_pixels.Length < Stride * height)
        {
            throw new ArgumentException("Pixel buffer is smaller than the page.", nameof(pixels));
        }
    }

    /// <summary>Pixels per row.</summary>
    public int Width { get; }

    /// <summary>Number of rows.</summary>
    public int Height { get; }

    /// <summary>Horizontal resolution in pixels per inch.</summary>
    public double XResolution { get; }

    /// <summary>Vertical resolution in lines per inch.</summary>
    public double YResolution { get; }

    /// <summary>Bytes per packed row.</summary>
    public int Stride { get; }

    /// <summary>The packed pixels of row <paramref name="y"/>; writable.</summary>
    public Span<byte> GetRow(int y)
    {
        if ((uint)y >= (uint)Height)
        {
            throw new ArgumentOutOfRangeException(nameof(y));
        }

        return _pixels.AsSpan(y * Stride, Stride);
    }

    /// <summary>Whether the pixel at (<paramref name="x"/>, <paramref name="y"/>) is black.</summary>
    public bool IsBlack(int x, int y)
    {
        if ((uint)x >= (uint)Width)
        {
            throw new ArgumentOutOfRangeException(nameof(x));
        }

        return (GetRow(y)[x >> 3] & (0x80 >> (x & 7))) != 0;
    }

    /// <summary>Whether both pages have the same size and pixels (padding bits past the width ignored).</summary>
    public bool PixelsEqual(FaxPage other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Width != Width || other.Height != Height)
        {
            return false;
        }

        int fullBytes = Width / 8;
        int tailBits = Width & 7;
        byte tailMask = (byte)(0xFF << (8 - tailBits));
        for (int y = 0; y < Height; y++)
        {
            var a = GetRow(y);
            var b = other.GetRow(y);
            if (!a[..fullBytes].SequenceEqual(b[..fullBytes]))
            {
                return false;
            }

            if (tailBits != 0 && ((a[fullBytes] ^ b[fullBytes]) & tailMask) != 0)
            {
                return false;
            }
        }

        return true;
    }

    internal byte[] Pixels => _pixels;
}
