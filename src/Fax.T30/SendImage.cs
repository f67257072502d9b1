namespace Groupus.Fax.T30;

/// <summary>Non-ECM: send the coded page at high speed (Class 1: +FTM=n, data, DLE ETX).</summary>
/// <param name="MinScanLineTimeMs">The time the codec was told to respect; informative for the transport.</param>
public sealed record SendImage(Modulation Modulation, ReadOnlyMemory<byte> Data, int MinScanLineTimeMs) : T30Action
{
    public override bool IsTransmit => true;
}
