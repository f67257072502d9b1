namespace Groupus.Fax.T30;

/// <summary>
/// HDLC frame check sequence (CRC-16 ITU-T V.41 / X.25: reflected polynomial 0x8408, preset 0xFFFF,
/// ones-complemented, sent least significant octet first). Class 1 modems compute it themselves at V.21;
/// T.38, ECM framing at high speed and the tests need it.
/// </summary>
public static class FrameCheckSequence
{
    /// <summary>The CRC register value left after running a frame followed by its correct FCS.</summary>
    public const ushort GoodResidue = 0xF0B8;

    private static readonly ushort[] Table = BuildTable();

    public static ushort Compute(ReadOnlySpan<byte> data) => (ushort)~Update(0xFFFF, data);

    /// <summary>Returns the data followed by its two FCS octets (low octet first).</summary>
    public static byte[] Append(ReadOnlySpan<byte> data)
    {
        var fcs = Compute(data);
        var result = new byte[data.Length + 2];
        data.CopyTo(result);
        result[^2] = (byte)(fcs & 0xFF);
        result[^1] = (byte)(fcs >> 8);
        return result;
    }

    /// <summary>True when the last two octets are the correct FCS of the rest.</summary>
    public static bool IsValid(ReadOnlySpan<byte> frameWithFcs) =>
        frameWithFcs.Length >= 3 && Update(0xFFFF, frameWithFcs) == GoodResidue;

    private static ushort Update(ushort crc, ReadOnlySpan<byte> data)
    {
        foreach (var b in data)
        {
            crc = (ushort)((crc >> 8) ^ Table[(crc ^ b) & 0xFF]);
        }

        return crc;
    }

    private static ushort[] BuildTable()
    {
        var table = new ushort[256];
        for (var i = 0; i < 256; i++)
        {
            var crc = (ushort)i;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ 0x8408) : (ushort)(crc >> 1);
            }

            table[i] = crc;
        }

        return table;
    }
}
