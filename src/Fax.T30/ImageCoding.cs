namespace Groupus.Fax.T30;

/// <summary>Image compression scheme for the page data.</summary>
public enum ImageCoding
{
    /// <summary>T.4 one-dimensional modified Huffman.</summary>
    MH,
    /// <summary>T.4 two-dimensional modified READ (bit 16).</summary>
    MR,
    /// <summary>T.6 modified modified READ (bit 31, requires ECM).</summary>
    MMR,
}
