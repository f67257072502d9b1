using Groupus.Fax.Imaging;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>One page of 1-bit pixels in packed rows, leftmost pixel in the most significant bit, 1 = black.</summary>
internal sealed class BilevelPage
{
    public BilevelPage(int width, int height, float xDpi, float yDpi)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        Width = width;
        Height = height;
        XDpi = xDpi;
        YDpi = yDpi;
        Stride = (width + 7) / 8;
        Bits = new byte[checked(Stride * height)];
    }

    public int Width { get; }

    public int Height { get; }

    public float XDpi { get; }

    public float YDpi { get; }

    public int Stride { get; }

    public byte[] Bits { get; }

    public Span<byte> Row(int y) => Bits.AsSpan(y * Stride, Stride);

    public bool IsBlack(int x, int y) => (Bits[(y * Stride) + (x >> 3)] & (0x80 >> (x & 7))) != 0;

    public void SetBlack(int x, int y) => Bits[(y * Stride) + (x >> 3)] |= (byte)(0x80 >> (x & 7));

    /// <summary>The same pixels (not copied) as the fax imaging library's page, for the TIFF Class F writer.</summary>
    public FaxPage AsFaxPage() => FaxPage.OverPixels(Width, Height, XDpi, YDpi, Bits);
}
