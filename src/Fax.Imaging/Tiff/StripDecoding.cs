namespace Groupus.Fax.Imaging.Tiff;

/// <summary>Result of decoding a page's strips with <see cref="FaxDecoder"/>.</summary>
internal enum StripDecoding
{
    /// <summary>Every row decoded cleanly.</summary>
    Clean,

    /// <summary>Some rows were bad or missing: the page cannot be used.</summary>
    Damaged,

    /// <summary>Not a coding our decoder handles (uncompressed, LZW, uncompressed-mode fax, tiles).</summary>
    NotApplicable,
}
