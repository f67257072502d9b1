namespace Groupus.Fax.T30.Calls;

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

    /// <summary>A page's parameters as the T.30 engine reported them, with the session's last DCS for width and scan time.</summary>
    public static FaxSessionParameters FromT30(PageResult page, DigitalCommandSignal? lastCommand)
    {
        var width = lastCommand?.Width switch
        {
            PageWidth.B4 => 2048,
            PageWidth.A3 => 2432,
            _ => 1728,
        };
        return new FaxSessionParameters(page.Resolution, page.BitRate, width, page.Coding, page.ErrorCorrection, lastCommand?.MinScanLineTimeMs ?? 0);
    }
}
