using Groupus.Fax.Modems.Class1;
using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.Support.FaultyLine;

/// <summary>The bridge's ECM burst editing, checked against the driver's own HDLC framer and deframer.</summary>
public sealed class HdlcBurstTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Chosen_fcd_frames_are_dropped_or_corrupted_and_the_rest_of_the_burst_still_deframes(bool corrupt)
    {
        var damage = corrupt ? EcmFrameDamage.Corrupt : EcmFrameDamage.Drop;
        var received = Burst(frameCount: 8, bitOffset: 3);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], HdlcBurst.Parse(received).FcdFrameNumbers);

        var burst = HdlcBurst.Parse(received);
        Assert.Equal([2, 5], burst.Damage([2, 5, 9], damage));

        var deframer = new HdlcDeframer();
        deframer.Push(burst.ToOctets());
        var frames = deframer.Frames.Select(f => T30Frame.TryParse(f, hasFcs: true, out var frame) ? frame! : throw new InvalidOperationException()).ToList();
        Assert.Equal([0, 1, 3, 4, 6, 7], frames.Where(f => f.Fcf == FacsimileControlField.FCD).Select(f => (int)f.Fif[0]));
        Assert.Equal(3, frames.Count(f => f.Fcf == FacsimileControlField.RCP));
        Assert.Equal(damage == EcmFrameDamage.Corrupt ? 2 : 0, deframer.CorruptFrames);
    }

    /// <summary>
    /// An ECM burst as a receiving modem might deliver it: FCD frames full of flag-like and DLE octets, then RCP ×3,
    /// starting <paramref name="bitOffset"/> idle bits into the first octet.
    /// </summary>
    private static byte[] Burst(int frameCount, int bitOffset)
    {
        var frames = Enumerable.Range(0, frameCount)
            .Select(n => new T30Frame(FacsimileControlField.FCD, [(byte)n, .. Enumerable.Range(0, 64).Select(i => (byte)(i % 3 == 0 ? 0x7E : 0x10 + n))], isFinal: false))
            .Concat(Enumerable.Range(0, 3).Select(i => new T30Frame(FacsimileControlField.RCP, isFinal: i == 2)));
        var framed = HdlcFramer.Frame(frames.Select(f => f.ToBytesWithFcs()), openingFlags: 20, closingFlags: 10);
        var shifted = new byte[framed.Length + 1];
        var carry = (1 << bitOffset) - 1;
        for (var i = 0; i < framed.Length; i++)
        {
            shifted[i] = (byte)(carry | (framed[i] << bitOffset));
            carry = framed[i] >> (8 - bitOffset);
        }

        shifted[^1] = (byte)(carry | (0xFF << bitOffset));
        return shifted;
    }
}
