namespace Groupus.Fax.T30;

/// <summary>
/// The FIF of PPS (and the leading octet of EOR's FIF): the post-page command that ends this partial page
/// (null for PPS-NULL: more partial pages of the same page follow), page and block counters (modulo 256), and the
/// number of frames in the partial page (sent as count - 1).
/// </summary>
public sealed record PartialPageSignal(FacsimileControlField? PostPageCommand, int PageCounter, int BlockCounter, int FrameCount)
{
    public byte[] Encode(bool xBit) =>
    [
        PostPageCommand is { } c ? FcfCodec.Encode(c, xBit) : (byte)0,
        (byte)(PageCounter & 0xFF),
        (byte)(BlockCounter & 0xFF),
        (byte)(Math.Clamp(FrameCount, 1, 256) - 1),
    ];

    public static PartialPageSignal? Decode(ReadOnlySpan<byte> fif)
    {
        if (fif.Length < 4)
        {
            return null;
        }

        FacsimileControlField? command = null;
        if (fif[0] != 0)
        {
            if (!FcfCodec.TryDecode(fif[0], out var fcf, out _))
            {
                return null;
            }

            command = fcf;
        }

        return new PartialPageSignal(command, fif[1], fif[2], fif[3] + 1);
    }

    /// <summary>The command as the post-page message it stands for (PRI-x reads as x).</summary>
    public static FacsimileControlField? Normalise(FacsimileControlField? command) => command switch
    {
        FacsimileControlField.PRI_MPS => FacsimileControlField.MPS,
        FacsimileControlField.PRI_EOM => FacsimileControlField.EOM,
        FacsimileControlField.PRI_EOP => FacsimileControlField.EOP,
        _ => command,
    };
}
