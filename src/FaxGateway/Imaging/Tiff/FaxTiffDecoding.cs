namespace Groupus.FaxGateway.Imaging.Tiff;

/// <summary>Which decoder <see cref="FaxTiffReader"/> uses for fax-compressed strips.</summary>
internal enum FaxTiffDecoding
{
    /// <summary>Our decoder; LibTiff when it is not applicable or finds a bad row.</summary>
    OwnWithLibTiffFallback,

    /// <summary>Our decoder only: a fax strip it cannot decode cleanly is an error (for cross-checks).</summary>
    OwnOnly,

    /// <summary>LibTiff's decoder only (for cross-checks).</summary>
    LibTiff,
}
