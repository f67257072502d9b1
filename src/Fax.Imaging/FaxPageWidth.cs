namespace Groupus.Fax.Imaging;

/// <summary>Standard scan-line widths in pixels at 204 dpi horizontal density (T.4 section 2).</summary>
public static class FaxPageWidth
{
    /// <summary>A4: 1728 pixels over 215 mm.</summary>
    public const int A4 = 1728;

    /// <summary>B4: 2048 pixels over 255 mm.</summary>
    public const int B4 = 2048;

    /// <summary>A3: 2432 pixels over 303 mm.</summary>
    public const int A3 = 2432;

    /// <summary>Horizontal density of all three standard widths, in pixels per inch.</summary>
    public const double HorizontalDpi = 204;
}
