namespace Groupus.Fax.T30;

/// <summary>What the transport measured while receiving TCF.</summary>
/// <param name="Received">How long the high-speed carrier carried data.</param>
/// <param name="LongestZeroRun">The longest uninterrupted run of zero bits, as time at the signalling rate.</param>
/// <param name="NonZeroFraction">Share of received octets that were not zero.</param>
public sealed record TrainingResult(TimeSpan Received, TimeSpan LongestZeroRun, double NonZeroFraction)
{
    /// <summary>No carrier or nothing decodable.</summary>
    public static TrainingResult NoCarrier { get; } = new(TimeSpan.Zero, TimeSpan.Zero, 1);

    /// <summary>A clean 1.5 s of zeros.</summary>
    public static TrainingResult Clean { get; } = new(TimeSpan.FromMilliseconds(1500), TimeSpan.FromMilliseconds(1500), 0);
}
