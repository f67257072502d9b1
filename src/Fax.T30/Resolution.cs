namespace Groupus.Fax.T30;

/// <summary>Vertical resolution (T.30 R8 family).</summary>
public enum Resolution
{
    /// <summary>R8 x 3.85 lines/mm.</summary>
    Standard,
    /// <summary>R8 x 7.7 lines/mm (DIS/DCS bit 15).</summary>
    Fine,
    /// <summary>R8 x 15.4 lines/mm (DIS/DCS bit 41).</summary>
    Superfine,
}
