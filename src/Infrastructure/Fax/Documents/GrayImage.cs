namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>An 8-bit luminance image, 0 = black, 255 = white, with the pixel aspect of its source.</summary>
internal sealed class GrayImage(int width, int height, float xDpi, float yDpi)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public float XDpi { get; } = xDpi;

    public float YDpi { get; } = yDpi;

    public byte[] Pixels { get; } = new byte[checked(width * height)];

    public ReadOnlySpan<byte> Row(int y) => Pixels.AsSpan(y * Width, Width);
}
