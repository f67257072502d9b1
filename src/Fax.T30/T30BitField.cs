namespace Groupus.Fax.T30;

/// <summary>
/// DIS/DTC/DCS FIF as a bit field numbered as in T.30 Table 2: bit 1 is the first transmitted bit, i.e. the
/// least significant bit of the first octet. Every eighth bit from 24 on is the "extend field" bit that says
/// another octet follows; <see cref="ToArray"/> sets those bits itself.
/// </summary>
internal sealed class T30BitField
{
    public const int MinimumOctets = 3;
    private readonly byte[] octets;

    public T30BitField(int octetCount = 8) => octets = new byte[Math.Max(octetCount, MinimumOctets)];

    public T30BitField(ReadOnlySpan<byte> fif) => octets = fif.ToArray();

    public int OctetCount => octets.Length;

    public bool this[int bit]
    {
        get
        {
            var (index, mask) = Locate(bit);
            return index < octets.Length && (octets[index] & mask) != 0;
        }
        set
        {
            var (index, mask) = Locate(bit);
            if (index >= octets.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(bit));
            }

            octets[index] = value ? (byte)(octets[index] | mask) : (byte)(octets[index] & ~mask);
        }
    }

    /// <summary>Bits <paramref name="first"/>..first+count-1 as an integer, first bit least significant.</summary>
    public int Get(int first, int count)
    {
        var value = 0;
        for (var i = 0; i < count; i++)
        {
            if (this[first + i])
            {
                value |= 1 << i;
            }
        }

        return value;
    }

    public void Set(int first, int count, int value)
    {
        for (var i = 0; i < count; i++)
        {
            this[first + i] = ((value >> i) & 1) != 0;
        }
    }

    /// <summary>Trims trailing empty octets (keeping three) and sets the extend bits 24, 32, 40, ... accordingly.</summary>
    public byte[] ToArray()
    {
        var copy = (byte[])octets.Clone();
        var length = copy.Length;
        while (length > MinimumOctets && (copy[length - 1] & 0x7F) == 0)
        {
            length--;
        }

        for (var i = MinimumOctets - 1; i < length; i++)
        {
            if (i < length - 1)
            {
                copy[i] |= 0x80;
            }
            else
            {
                copy[i] &= 0x7F;
            }
        }

        return copy[..length];
    }

    private static (int Index, byte Mask) Locate(int bit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bit, 1);
        return ((bit - 1) / 8, (byte)(1 << ((bit - 1) % 8)));
    }
}
