namespace Groupus.Fax.T30;

/// <summary>Send TCF: zeros for <paramref name="Duration"/> at the modulation (Class 1: +FTM=n then zero octets).</summary>
public sealed record SendTraining(Modulation Modulation, TimeSpan Duration) : T30Action
{
    public override bool IsTransmit => true;

    /// <summary>Zero octets needed to fill the duration at the rate.</summary>
    public int OctetCount => (int)(Modulation.BitRate * Duration.TotalSeconds / 8);
}
