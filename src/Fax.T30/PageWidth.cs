namespace Groupus.Fax.T30;

/// <summary>Scan line length (DIS/DCS bits 17-18).</summary>
public enum PageWidth
{
    /// <summary>215 mm, 1728 pels.</summary>
    A4,
    /// <summary>255 mm, 2048 pels.</summary>
    B4,
    /// <summary>303 mm, 2432 pels.</summary>
    A3,
}
