namespace Groupus.Fax.T30;

/// <summary>Send HDLC frames at V.21 channel 2, 300 bit/s, with preamble (Class 1: +FTH=3). The last frame is final.</summary>
public sealed record SendFrames(IReadOnlyList<T30Frame> Frames) : T30Action
{
    public override bool IsTransmit => true;

    public override string ToString() => $"SendFrames({string.Join(", ", Frames)})";
}
