namespace Groupus.FaxGateway.Tests.Support.FaultyLine;

/// <summary>Chosen FCD frames (by frame number) of an ECM burst are corrupted or dropped on their way to the driver.</summary>
internal sealed record DamagedEcmFrames(FaultTrigger When, EcmFrameDamage Damage, IReadOnlyList<int> FrameNumbers) : ReceivedDataFault(When)
{
    public override byte[] Apply(byte[] received, out string note)
    {
        var burst = HdlcBurst.Parse(received);
        var damaged = burst.Damage(FrameNumbers, Damage);
        note = $"{Damage} FCD frame(s) {string.Join(", ", damaged)} of {burst.FcdFrameNumbers.Count}";
        return burst.ToOctets();
    }
}
