namespace Groupus.Fax.T38;

/// <summary>Writes ITU-T X.691 aligned PER: bit-fields most significant bit first, octet alignment where the rules ask.</summary>
internal sealed class PerWriter
{
    private readonly List<byte> _octets = [];
    private int _bitsUsedInLast = 8;

    public void WriteBit(bool bit) => WriteBits(bit ? 1 : 0, 1);

    /// <summary>Writes the low <paramref name="count"/> bits of <paramref name="value"/>, most significant first.</summary>
    public void WriteBits(int value, int count)
    {
        for (int i = count - 1; i >= 0; i--)
        {
            if (_bitsUsedInLast == 8)
            {
                _octets.Add(0);
                _bitsUsedInLast = 0;
            }

            if (((value >> i) & 1) != 0)
            {
                _octets[^1] |= (byte)(0x80 >> _bitsUsedInLast);
            }

            _bitsUsedInLast++;
        }
    }

    /// <summary>Pads with zero bits to the next octet boundary.</summary>
    public void Align() => _bitsUsedInLast = 8;

    public void WriteOctets(ReadOnlySpan<byte> octets)
    {
        Align();
        foreach (byte octet in octets)
        {
            _octets.Add(octet);
        }
    }

    /// <summary>An unconstrained length determinant (X.691 10.9.3.6-7); lengths of 16 K and more (fragmentation) are refused.</summary>
    public void WriteLength(int length)
    {
        Align();
        if (length < 0x80)
        {
            _octets.Add((byte)length);
        }
        else if (length < 0x4000)
        {
            _octets.Add((byte)(0x80 | (length >> 8)));
            _octets.Add((byte)length);
        }
        else
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "Lengths of 16384 and more need PER fragmentation, which T.38 over UDPTL never needs.");
        }
    }

    /// <summary>An ENUMERATED value of an extensible enumeration with <paramref name="rootCount"/> root values.</summary>
    public void WriteExtensibleEnumerated(int value, int rootCount)
    {
        if (value < rootCount)
        {
            WriteBit(false);
            WriteBits(value, BitsFor(rootCount));
        }
        else
        {
            WriteBit(true);
            WriteNormallySmallNumber(value - rootCount);
        }
    }

    /// <summary>X.691 10.6: a normally small non-negative whole number below 64 is a zero bit and six bits.</summary>
    private void WriteNormallySmallNumber(int value)
    {
        WriteBit(false);
        WriteBits(value, 6);
    }

    public byte[] ToArray() => [.. _octets];

    /// <summary>The bits a constrained whole number with <paramref name="range"/> values takes (X.691 10.5.7.1).</summary>
    public static int BitsFor(int range)
    {
        int bits = 0;
        while ((1 << bits) < range)
        {
            bits++;
        }

        return bits;
    }
}
