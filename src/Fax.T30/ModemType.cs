namespace Groupus.Fax.T30;

/// <summary>High-speed modulations used for TCF and image data.</summary>
[Flags]
public enum ModemType
{
    None = 0,
    /// <summary>ITU-T V.27 ter: 4800 and 2400 bit/s.</summary>
    V27ter = 1,
    /// <summary>ITU-T V.29: 9600 and 7200 bit/s.</summary>
    V29 = 2,
    /// <summary>ITU-T V.17: 14400, 12000, 9600 and 7200 bit/s (long and short training).</summary>
    V17 = 4,
    All = V27ter | V29 | V17,
}
