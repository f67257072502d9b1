namespace Groupus.Fax.T30;

/// <summary>When a received TCF counts as good (CFR) rather than failed (FTT).</summary>
public sealed record TrainingCriteria
{
    public TimeSpan MinimumZeroRun { get; init; } = TimeSpan.FromSeconds(1);

    public double MaxNonZeroFraction { get; init; } = 0.1;

    public bool IsGood(TrainingResult result) =>
        result.LongestZeroRun >= MinimumZeroRun && result.NonZeroFraction <= MaxNonZeroFraction;
}
