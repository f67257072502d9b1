using System.Buffers;

namespace Groupus.Fax.Modems.Class1;

/// <summary>
/// ECM over Class 1 (T.4 Annex A): the host frames HDLC itself for +FTM. Flags (0x7E), frames with their FCS, a zero
/// inserted after every five ones, bits packed least significant first as the modem sends them.
/// </summary>
public static class HdlcFramer
{
    private const byte Flag = 0x7E;

    /// <summary>The octets to send: <paramref name="openingFlags"/> flags, each frame followed by a flag, then <paramref name="closingFlags"/> flags.</summary>
    public static byte[] Frame(IEnumerable<byte[]> framesWithFcs, int openingFlags, int closingFlags)
    {
        var bits = new BitPacker();
        for (var i = 0; i < openingFlags; i++)
        {
            bits.WriteOctet(Flag);
        }

        foreach (var frame in framesWithFcs)
        {
            var ones = 0;
            foreach (var octet in frame)
            {
                for (var bit = 0; bit < 8; bit++)
                {
                    var value = (octet >> bit) & 1;
                    bits.Write(value);
                    ones = value == 1 ? ones + 1 : 0;
                    if (ones == 5)
                    {
                        bits.Write(0);
                        ones = 0;
                    }
                }
            }

            bits.WriteOctet(Flag);
        }

        for (var i = 0; i < closingFlags; i++)
        {
            bits.WriteOctet(Flag);
        }

        return bits.ToArray();
    }

    /// <summary>Packs bits least significant first; the last octet is filled with flag bits so it ends in idle flags.</summary>
    private sealed class BitPacker
    {
        private readonly ArrayBufferWriter<byte> output = new();
        private int current;
        private int count;

        public void Write(int bit)
        {
            current |= bit << count;
            if (++count == 8)
            {
                output.GetSpan(1)[0] = (byte)current;
                output.Advance(1);
                current = 0;
                count = 0;
            }
        }

        public void WriteOctet(byte octet)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                Write((octet >> bit) & 1);
            }
        }

        public byte[] ToArray()
        {
            var bit = 0;
            while (count != 0)
            {
                Write((Flag >> bit++) & 1);
            }

            return output.WrittenSpan.ToArray();
        }
    }
}
