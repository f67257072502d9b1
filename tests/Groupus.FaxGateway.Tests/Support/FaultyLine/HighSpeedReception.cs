namespace Groupus.FaxGateway.Tests.Support.FaultyLine;

/// <summary>One +FRM reception through the bridge: the data as the modem gave it and as the driver got it (shielding removed).</summary>
internal sealed record HighSpeedReception(DteCommand Command, byte[] FromModem, byte[] ToDriver)
{
    /// <summary>The FCD frame numbers with a good FCS in what the modem gave (an ECM burst).</summary>
    public IReadOnlyList<int> FcdFramesFromModem => HdlcBurst.Parse(FromModem).FcdFrameNumbers;

    public IReadOnlyList<int> FcdFramesToDriver => HdlcBurst.Parse(ToDriver).FcdFrameNumbers;
}
