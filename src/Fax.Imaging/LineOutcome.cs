namespace Groupus.Fax.Imaging;

/// <summary>What decoding the codes of one line found.</summary>
internal enum LineOutcome
{
    /// <summary>Codes covered exactly the line width.</summary>
    Complete,

    /// <summary>A bit pattern that is no code, or runs past the line width.</summary>
    Invalid,

    /// <summary>An EOL (eleven or more 0s) before the line was complete; the reader is left at its zeros.</summary>
    HitEol,

    /// <summary>Data ran out before the line was complete.</summary>
    EndOfData,
}
