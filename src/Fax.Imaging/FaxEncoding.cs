namespace Groupus.Fax.Imaging;

/// <summary>Coding scheme of a fax page: T.4 MH (one-dimensional), T.4 MR (two-dimensional) or T.6 MMR.</summary>
public enum FaxEncoding
{
    /// <summary>T.4 Modified Huffman: every line coded one-dimensionally.</summary>
    Mh,

    /// <summary>T.4 Modified READ: a one-dimensional line every K lines, the rest coded against the line above.</summary>
    Mr,

    /// <summary>T.6 Modified Modified READ: every line two-dimensional, no EOLs, page ends with EOFB.</summary>
    Mmr,
}
