namespace Groupus.Domain.Fax;

/// <summary>The vertical resolution of fax pages; horizontally every page has 1728 pixels across A4 (204 dots per inch).</summary>
public enum FaxResolution
{
    /// <summary>204 × 98 dots per inch (3.85 lines per millimetre): every fax machine receives it.</summary>
    Standard = 0,

    /// <summary>204 × 196 dots per inch (7.7 lines per millimetre): sharper small print, twice the rows to send.</summary>
    Fine = 1,
}
