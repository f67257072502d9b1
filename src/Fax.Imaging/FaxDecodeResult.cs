namespace Groupus.Fax.Imaging;

/// <summary>A decoded page with its copy-quality figures.</summary>
public sealed record FaxDecodeResult(FaxPage Page, FaxDecodeStatistics Statistics);
