namespace Groupus.Fax.Imaging.Tiff;

/// <summary>Which decoder <see cref="FaxTiffReader"/> uses for fax-compressed strips.</summary>
internal enum FaxTiffDecoding
{
    /// <summary>Our decoder (LibTiff for codings it does not handle); a strip it cannot decode cleanly refuses the page.</summary>
    OwnOnly,

    /// <summary>
    /// As <see cref="OwnOnly"/>, but a strip ours finds damaged is read again by LibTiff, whose reading stands only if it
    /// read every row without a complaint; otherwise the page is refused with what ours found.
    /// </summary>
    OwnWithCleanLibTiffSecondOpinion,

    /// <summary>LibTiff's decoder only (for cross-checks).</summary>
    LibTiff,
}
