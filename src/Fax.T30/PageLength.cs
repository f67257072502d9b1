namespace Groupus.Fax.T30;

/// <summary>Recording length (DIS/DCS bits 19-20).</summary>
public enum PageLength
{
    /// <summary>297 mm.</summary>
    A4,
    /// <summary>364 mm.</summary>
    B4,
    Unlimited,
}
