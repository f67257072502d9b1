namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>One decoded TIFF page as a test sees it: its tags and its pixels (true = black).</summary>
public sealed record TiffPage(
    int Width,
    int Height,
    float XResolution,
    float YResolution,
    int BitsPerSample,
    string Compression,
    string Photometric,
    string FillOrder,
    bool[] Black)
{
    public bool IsBlack(int x, int y) => Black[(y * Width) + x];

    public int BlackCount => Black.Count(b => b);

    public bool PixelsEqual(TiffPage other) => Width == other.Width && Height == other.Height && Black.AsSpan().SequenceEqual(other.Black);

    /// <summary>How many pixels differ, over the area both pages cover.</summary>
    public int DifferingPixels(TiffPage other)
    {
        int differing = 0;
        for (int y = 0; y < Math.Min(Height, other.Height); y++)
        {
            for (int x = 0; x < Math.Min(Width, other.Width); x++)
            {
                differing += IsBlack(x, y) != other.IsBlack(x, y) ? 1 : 0;
            }
        }

        return differing;
    }
}
