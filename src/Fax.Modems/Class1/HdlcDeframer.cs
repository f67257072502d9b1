using Groupus.Fax.T30;

namespace Groupus.Fax.Modems.Class1;

/// <summary>
/// ECM over Class 1: finds HDLC frames in the bits received with +FRM (least significant bit first): flags delimit
/// frames, a zero after five ones is removed, seven ones abort. Frames whose FCS checks are kept (with the FCS).
/// </summary>
public sealed class HdlcDeframer
{
    private readonly List<byte[]> frames = [];
    private readonly List<byte> bits = [];
    private int ones;
    private bool synchronised;

    public IReadOnlyList<byte[]> Frames => frames;

    /// <summary>Frames that ended at a flag but failed the FCS or were not whole octets.</summary>
    public int CorruptFrames { get; private set; }

    public void Push(ReadOnlySpan<byte> data)
    {
        foreach (var octet in data)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                PushBit((octet >> bit) & 1);
            }
        }
    }

    private void PushBit(int bit)
    {
        if (bit == 1)
        {
            ones++;
            if (ones <= 5)
            {
                bits.Add(1);
            }
            else if (ones == 7)
            {
                // Abort (or idle ones): drop what was gathered and wait for the next flag.
                synchronised = false;
                bits.Clear();
            }

            return;
        }

        var run = ones;
        ones = 0;
        switch (run)
        {
            case 6:
                // A flag: the 0 and five 1s before the sixth were taken for data.
                bits.RemoveRange(Math.Max(0, bits.Count - 6), Math.Min(6, bits.Count));
                EndFrame();
                synchronised = true;
                return;
            case 5:
                // A zero stuffed by the transmitter.
                return;
            case > 6:
                return;
        }

        bits.Add(0);
    }

    private void EndFrame()
    {
        if (synchronised && bits.Count > 0)
        {
            if (bits.Count % 8 == 0 && bits.Count >= 32)
            {
                var frame = new byte[bits.Count / 8];
                for (var i = 0; i < bits.Count; i++)
                {
                    frame[i / 8] |= (byte)(bits[i] << (i % 8));
                }

                if (FrameCheckSequence.IsValid(frame))
                {
                    frames.Add(frame);
                }
                else
                {
                    CorruptFrames++;
                }
            }
            else
            {
                CorruptFrames++;
            }
        }

        bits.Clear();
    }
}
