namespace Groupus.Fax.T30;

/// <summary>
/// Thresholds for the receiver's copy-quality decision (MCF, RTP or RTN), in the spirit of HylaFAX's
/// PercentGoodLines and MaxConsecutiveBadLines.
/// </summary>
public sealed record CopyQualityCriteria
{
    /// <summary>At or above this share of bad rows the page is rejected with RTN.</summary>
    public double RtnBadRowPercent { get; init; } = 10;

    /// <summary>A run of more bad rows than this (counted at 3.85 lines/mm, scaled for finer resolutions) gives RTN.</summary>
    public int MaxConsecutiveBadRows { get; init; } = 5;

    /// <summary>At or above this share of bad rows (but below the RTN threshold) the page is accepted with RTP.</summary>
    public double RtpBadRowPercent { get; init; } = 5;

    /// <summary>A cut page (<see cref="PageQuality.Truncated"/>) is never confirmed: RTN.</summary>
    public FacsimileControlField Decide(PageQuality quality, Resolution resolution)
    {
        var scale = resolution switch { Resolution.Fine => 2, Resolution.Superfine => 4, _ => 1 };
        if (quality.Truncated || quality.BadRowPercent >= RtnBadRowPercent || quality.LongestBadRun > MaxConsecutiveBadRows * scale)
        {
            return FacsimileControlField.RTN;
        }

        return quality.BadRows > 0 && quality.BadRowPercent >= RtpBadRowPercent ? FacsimileControlField.RTP : FacsimileControlField.MCF;
    }
}
