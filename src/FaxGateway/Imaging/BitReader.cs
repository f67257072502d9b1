using System.Numerics;

namespace Groupus.FaxGateway.Imaging;

/// <summary>Reads coded bits first-bit-first from a buffer; reads past the end see zeros. A value type so callers can save and restore a position by copying it.</summary>
internal struct BitReader
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly bool _reverse;
    private int _bytePosition;
    private ulong _buffer; // next bits, left-aligned
    private int _bufferedBits;

    public BitReader(ReadOnlyMemory<byte> data, FillOrder fillOrder)
    {
        _data = data;
        _reverse = fillOrder == FillOrder.LsbFirst;
        _bytePosition = 0;
        _buffer = 0;
        _bufferedBits = 0;
    }

    public readonly long BitPosition => ((long)_bytePosition * 8) - _bufferedBits;

    public readonly long BitsRemaining => ((long)(_data.Length - _bytePosition) * 8) + _bufferedBits;

    public readonly bool AtEnd => BitsRemaining <= 0;

    /// <summary>The next <paramref name="count"/> bits (1..32) without consuming them, zero-padded past the end.</summary>
    public uint Peek(int count)
    {
        if (_bufferedBits < count)
        {
            Refill();
        }

        return (uint)(_buffer >> (64 - count));
    }

    /// <summary>Consumes <paramref name="count"/> bits (at most 32); consuming past the end stops at the end.</summary>
    public void Skip(int count)
    {
        if (_bufferedBits < count)
        {
            Refill();
            if (_bufferedBits < count)
            {
                _buffer = 0;
                _bufferedBits = 0;
                return;
            }
        }

        _buffer <<= count;
        _bufferedBits -= count;
    }

    public uint ReadBit()
    {
        uint bit = Peek(1);
        Skip(1);
        return bit;
    }

    /// <summary>Consumes 0 bits up to the next 1 bit (not consumed) or the end of data; returns how many.</summary>
    public long SkipZeros()
    {
        long skipped = 0;
        while (true)
        {
            if (_bufferedBits == 0)
            {
                Refill();
                if (_bufferedBits == 0)
                {
                    return skipped;
                }
            }

            int zeros = BitOperations.LeadingZeroCount(_buffer);
            if (zeros < _bufferedBits)
            {
                _buffer <<= zeros;
                _bufferedBits -= zeros;
                return skipped + zeros;
            }

            skipped += _bufferedBits;
            _buffer = 0;
            _bufferedBits = 0;
        }
    }

    /// <summary>Consumes bits up to the next byte boundary of the input.</summary>
    public void AlignToByte() => Skip(_bufferedBits & 7);

    private void Refill()
    {
        var span = _data.Span;
        while (_bufferedBits <= 56 && _bytePosition < span.Length)
        {
            byte value = span[_bytePosition++];
            if (_reverse)
            {
                value = BitReversal.Reverse(value);
            }

            _buffer |= (ulong)value << (56 - _bufferedBits);
            _bufferedBits += 8;
        }
    }
}
