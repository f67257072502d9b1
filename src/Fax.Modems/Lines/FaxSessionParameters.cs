using Groupus.Fax.T30;

namespace Groupus.Fax.Modems.Lines;

/// <summary>The negotiated T.30 parameters (DCS) in force for a page, in driver-neutral terms.</summary>
public sealed record FaxSessionParameters(
    Resolution Resolution,
    int BitRate,
    int Width,
    ImageCoding Coding,
    bool ErrorCorrection,
    int MinimumScanLineTimeMs)
{
    public override string ToString() =>
        $"{Resolution.ToString().ToLowerInvariant()} resolution, {BitRate} bit/s, {Width} px wide, {Coding}, "
        + $"{(ErrorCorrection ? "ECM" : "no ECM")}, minimum scan line {MinimumScanLineTimeMs} ms";
}
