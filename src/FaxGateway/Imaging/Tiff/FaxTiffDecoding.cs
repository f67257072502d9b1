namespace Groupus.FaxGateway.Imaging.Tiff;

/// <summary>Which decoder <see cref="FaxTiffReader"/> uses for fax-compressed strips.</summary>
internal enum FaxTiffDecoding
{
    /// <summary>Our decoder (LibTiff for codings it does not handle); a strip it cannot decode cleanly refuses the page.</summary>
    OwnOnly,

    /// <summary>LibTiff's decoder only (for cross-checks).</summary>
    LibTiff,
}
