using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.Support.FaultyLine;

/// <summary>
/// The bits of an ECM burst as a Class 1 modem delivers them after +FRM (least significant bit first, frames at any
/// bit offset), cut at the flags so that chosen frames can be damaged or cut out and the rest passed on unchanged.
/// </summary>
internal sealed class HdlcBurst
{
    private static readonly bool[] Flag = [false, true, true, true, true, true, true, false];

    private readonly List<bool> bits;
    private readonly List<(int Start, int End, int? FcdNumber)> frames;

    private HdlcBurst(List<bool> bits, List<(int Start, int End, int? FcdNumber)> frames)
    {
        this.bits = bits;
        this.frames = frames;
    }

    /// <summary>Frame numbers of the FCD frames with a good FCS, in the order they came.</summary>
    public IReadOnlyList<int> FcdFrameNumbers => frames.Where(f => f.FcdNumber is not null).Select(f => f.FcdNumber!.Value).ToList();

    public static HdlcBurst Parse(ReadOnlySpan<byte> octets)
    {
        var bits = new List<bool>(octets.Length * 8);
        foreach (var octet in octets)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                bits.Add(((octet >> bit) & 1) == 1);
            }
        }

        var flags = new List<int>();
        for (var i = 0; i + Flag.Length <= bits.Count; i++)
        {
            if (IsFlagAt(bits, i))
            {
                flags.Add(i);

                // Back-to-back flags may share their zero.
                i += Flag.Length - 2;
            }
        }

        var frames = new List<(int Start, int End, int? FcdNumber)>();
        for (var f = 0; f + 1 < flags.Count; f++)
        {
            var start = flags[f] + Flag.Length;
            var end = flags[f + 1];
            if (end > start)
            {
                frames.Add((start, end, FcdNumber(bits, start, end)));
            }
        }

        return new HdlcBurst(bits, frames);
    }

    /// <summary>Damages the FCD frames with these numbers; returns the numbers found and damaged.</summary>
    public IReadOnlyList<int> Damage(IReadOnlyList<int> frameNumbers, EcmFrameDamage damage)
    {
        var hit = frames.Where(f => f.FcdNumber is { } n && frameNumbers.Contains(n)).ToList();

        // From the end, so that cutting bits out does not move the frames still to be damaged.
        foreach (var (start, end, _) in hit.OrderByDescending(f => f.Start))
        {
            if (damage == EcmFrameDamage.Drop)
            {
                bits.RemoveRange(start, end - start);
                continue;
            }

            // Zeroing bits never makes a flag or an abort (they need ones), and it breaks the FCS.
            var middle = start + ((end - start) / 2);
            var firstOne = bits.FindIndex(middle, end - middle, b => b);
            for (var i = firstOne; i >= 0 && i < Math.Min(firstOne + 8, end); i++)
            {
                bits[i] = false;
            }
        }

        return hit.Select(f => f.FcdNumber!.Value).ToList();
    }

    /// <summary>The bits packed back into octets; a last partial octet is filled with ones (an idle line).</summary>
    public byte[] ToOctets()
    {
        var octets = new byte[(bits.Count + 7) / 8];
        for (var i = 0; i < octets.Length * 8; i++)
        {
            if (i >= bits.Count || bits[i])
            {
                octets[i / 8] |= (byte)(1 << (i % 8));
            }
        }

        return octets;
    }

    private static bool IsFlagAt(List<bool> bits, int index)
    {
        for (var i = 0; i < Flag.Length; i++)
        {
            if (bits[index + i] != Flag[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The frame number if the bits between two flags hold an FCD frame with a good FCS.</summary>
    private static int? FcdNumber(List<bool> bits, int start, int end)
    {
        var data = new List<bool>(end - start);
        var ones = 0;
        for (var i = start; i < end; i++)
        {
            if (bits[i])
            {
                if (++ones > 5)
                {
                    return null;
                }

                data.Add(true);
                continue;
            }

            if (ones < 5)
            {
                data.Add(false);
            }

            // A zero after five ones was stuffed by the transmitter.
            ones = 0;
        }

        if (data.Count % 8 != 0 || data.Count < 40)
        {
            return null;
        }

        var octets = new byte[data.Count / 8];
        for (var i = 0; i < data.Count; i++)
        {
            if (data[i])
            {
                octets[i / 8] |= (byte)(1 << (i % 8));
            }
        }

        return T30Frame.TryParse(octets, hasFcs: true, out var frame) && frame!.Fcf == FacsimileControlField.FCD && frame.Fif.Count > 0
            ? frame.Fif[0]
            : null;
    }
}
