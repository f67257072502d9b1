namespace Groupus.Fax.T38;

/// <summary>
/// Reads aligned PER from a bounded buffer. Every read checks the bounds and reports failure instead of throwing,
/// so a hostile packet costs at most its own length.
/// </summary>
internal ref struct PerReader
{
    private readonly ReadOnlySpan<byte> _buffer;
    private int _bitPosition;

    public PerReader(ReadOnlySpan<byte> buffer)
    {
        _buffer = buffer;
        _bitPosition = 0;
    }

    /// <summary>Octets consumed so far, counting a partly read octet as whole.</summary>
    public readonly int OctetsConsumed => (_bitPosition + 7) / 8;

    public readonly int OctetsRemaining => _buffer.Length - OctetsConsumed;

    public bool TryReadBit(out bool bit)
    {
        bit = false;
        if (!TryReadBits(1, out int value))
        {
            return false;
        }

        bit = value != 0;
        return true;
    }

    public bool TryReadBits(int count, out int value)
    {
        value = 0;
        if (_bitPosition + count > _buffer.Length * 8)
        {
            return false;
        }

        for (int i = 0; i < count; i++)
        {
            int octet = _buffer[_bitPosition >> 3];
            value = (value << 1) | ((octet >> (7 - (_bitPosition & 7))) & 1);
            _bitPosition++;
        }

        return true;
    }

    public void Align() => _bitPosition = (_bitPosition + 7) & ~7;

    public bool TryReadOctets(int count, out ReadOnlySpan<byte> octets)
    {
        Align();
        octets = default;
        if (count < 0 || count > OctetsRemaining)
        {
            return false;
        }

        octets = _buffer.Slice(_bitPosition >> 3, count);
        _bitPosition += count * 8;
        return true;
    }

    /// <summary>An unconstrained length determinant; the fragmented form (16 K and more) is reported as failure.</summary>
    public bool TryReadLength(out int length)
    {
        Align();
        length = 0;
        if (!TryReadBits(8, out int first))
        {
            return false;
        }

        if ((first & 0x80) == 0)
        {
            length = first;
            return true;
        }

        if ((first & 0xC0) == 0x80 && TryReadBits(8, out int second))
        {
            length = ((first & 0x3F) << 8) | second;
            return true;
        }

        return false;
    }

    public bool TryReadExtensibleEnumerated(int rootCount, out int value)
    {
        value = 0;
        if (!TryReadBit(out bool extended))
        {
            return false;
        }

        if (!extended)
        {
            return TryReadBits(PerWriter.BitsFor(rootCount), out value) && value < rootCount;
        }

        // A normally small non-negative whole number: a zero bit then six bits (larger values are not T.38's).
        if (!TryReadBit(out bool large) || large || !TryReadBits(6, out int extension))
        {
            return false;
        }

        value = rootCount + extension;
        return true;
    }
}
