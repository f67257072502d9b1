namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>Colour to grey as the eye weighs it (ITU-R BT.601), with transparency shown as the white of the paper.</summary>
internal static class Luminance
{
    public static byte OverWhite(int red, int green, int blue, int alpha)
    {
        int gray = ((299 * red) + (587 * green) + (114 * blue) + 500) / 1000;
        return (byte)(((gray * alpha) + (255 * (255 - alpha)) + 127) / 255);
    }
}
