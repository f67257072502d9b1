namespace Groupus.Fax.T30;

/// <summary>
/// ECM: send HDLC frames (FCD..., RCP x3) at high speed (Class 1: +FTM=n with host-side HDLC framing and FCS).
/// </summary>
public sealed record SendEcmFrames(Modulation Modulation, IReadOnlyList<T30Frame> Frames) : T30Action
{
    public override bool IsTransmit => true;

    public override string ToString() => $"SendEcmFrames({Modulation}, {Frames.Count} frames)";
}
