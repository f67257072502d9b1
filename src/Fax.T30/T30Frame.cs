namespace Groupus.Fax.T30;

/// <summary>
/// One T.30 HDLC frame: address 0xFF, control 0x03 (or 0x13 on the final frame of a sequence), FCF, FIF.
/// The FCS is not part of the model; see <see cref="FrameCheckSequence"/>.
/// </summary>
public sealed record T30Frame
{
    public const byte Address = 0xFF;
    public const byte ControlNonFinal = 0x03;
    public const byte ControlFinal = 0x13;

    private readonly byte[] fif;

    public T30Frame(FacsimileControlField fcf, ReadOnlySpan<byte> fif = default, bool xBit = false, bool isFinal = true)
    {
        Fcf = fcf;
        this.fif = fif.ToArray();
        XBit = FcfCodec.HasXBit(fcf) && xBit;
        IsFinal = isFinal;
    }

    public FacsimileControlField Fcf { get; }

    /// <summary>Facsimile information field (may be empty).</summary>
    public IReadOnlyList<byte> Fif => fif;

    public bool XBit { get; }

    /// <summary>Control field final bit: set on the last frame of a transmitted sequence.</summary>
    public bool IsFinal { get; init; }

    public ReadOnlySpan<byte> FifSpan => fif;

    /// <summary>Address, control, FCF and FIF octets (no FCS), as a Class 1 modem takes them for +FTH=3.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[3 + Fif.Count];
        bytes[0] = Address;
        bytes[1] = IsFinal ? ControlFinal : ControlNonFinal;
        bytes[2] = FcfCodec.Encode(Fcf, XBit);
        FifSpan.CopyTo(bytes.AsSpan(3));
        return bytes;
    }

    /// <summary>The frame followed by its FCS, as T.38 and HDLC-over-high-speed (ECM) need it.</summary>
    public byte[] ToBytesWithFcs() => FrameCheckSequence.Append(ToBytes());

    /// <summary>Parses address, control, FCF and FIF. With <paramref name="hasFcs"/> the last two octets are checked and dropped.</summary>
    public static bool TryParse(ReadOnlySpan<byte> bytes, bool hasFcs, out T30Frame? frame)
    {
        frame = null;
        if (hasFcs)
        {
            if (!FrameCheckSequence.IsValid(bytes))
            {
                return false;
            }

            bytes = bytes[..^2];
        }

        if (bytes.Length < 3 || bytes[0] != Address || (bytes[1] != ControlNonFinal && bytes[1] != ControlFinal))
        {
            return false;
        }

        if (!FcfCodec.TryDecode(bytes[2], out var fcf, out var xBit))
        {
            return false;
        }

        frame = new T30Frame(fcf, bytes[3..], xBit, bytes[1] == ControlFinal);
        return true;
    }

    public override string ToString() => Fif.Count == 0 ? Fcf.ToString() : $"{Fcf} [{Convert.ToHexString(FifSpan)}]";

    public bool Equals(T30Frame? other) =>
        other is not null && Fcf == other.Fcf && XBit == other.XBit && IsFinal == other.IsFinal && FifSpan.SequenceEqual(other.FifSpan);

    public override int GetHashCode() => HashCode.Combine(Fcf, XBit, IsFinal, Fif.Count);
}
