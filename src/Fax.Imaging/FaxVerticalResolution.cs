namespace Groupus.Fax.Imaging;

/// <summary>T.4 vertical resolutions, valued in lines per inch (3.85, 7.7 and 15.4 lines/mm).</summary>
public enum FaxVerticalResolution
{
    /// <summary>Standard: 3.85 lines/mm.</summary>
    Standard = 98,

    /// <summary>Fine: 7.7 lines/mm.</summary>
    Fine = 196,

    /// <summary>Superfine: 15.4 lines/mm.</summary>
    Superfine = 391,
}
