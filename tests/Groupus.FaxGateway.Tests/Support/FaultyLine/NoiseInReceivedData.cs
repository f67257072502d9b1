namespace Groupus.FaxGateway.Tests.Support.FaultyLine;

/// <summary>
/// Line noise over the whole reception: every 16th octet becomes 0xFF. A TCF (all zeros) then has no zero run longer
/// than about 10 ms, so the receiver must answer FTT.
/// </summary>
internal sealed record NoiseInReceivedData(FaultTrigger When) : ReceivedDataFault(When)
{
    public override byte[] Apply(byte[] received, out string note)
    {
        var noisy = (byte[])received.Clone();
        for (var i = 0; i < noisy.Length; i += 16)
        {
            noisy[i] = 0xFF;
        }

        note = $"noise over {noisy.Length} octets";
        return noisy;
    }
}
