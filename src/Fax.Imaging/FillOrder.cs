namespace Groupus.Fax.Imaging;

/// <summary>Which bit of each byte carries the first coded bit (TIFF FillOrder tag values).</summary>
public enum FillOrder
{
    /// <summary>First bit in the most significant bit: TIFF's usual storage order.</summary>
    MsbFirst = 1,

    /// <summary>First bit in the least significant bit: the order of the T.30 wire and fax modems.</summary>
    LsbFirst = 2,
}
