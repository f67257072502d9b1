using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Groupus.Fax.Imaging;

/// <summary>Reads coded bits first-bit-first from a buffer; reads past the end see zeros. A value type so callers can save and restore a position by copying it.</summary>
internal struct BitReader
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly bool _reverse;
    private int _bytePosition;
    private ulong _buffer; // next bits, left-aligned; the bits after the buffered ones are always 0
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Peek(int count)
    {
        if (_bufferedBits < count)
        {
            Refill();
        }

        return (uint)(_buffer >> (64 - count));
    }

    /// <summary>
    /// Consumes <paramref name="count"/> bits straight after a <see cref="Peek"/> of at least that many; false, consuming
    /// nothing, when the data holds fewer (what Peek saw past the end was padding).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryConsumePeeked(int count)
    {
        // Peek refilled whenever fewer bits than it looked at were buffered, so fewer buffered bits than count means the
        // data has no more.
        if (count > _bufferedBits)
        {
            return false;
        }

        _buffer <<= count;
        _bufferedBits -= count;
        return true;
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

    /// <summary>
    /// The buffered bits, left-aligned, for a decoding loop that keeps them in locals (registers): it reads them here,
    /// consumes by shifting, and writes them back with <see cref="SetWindow"/> before anything else uses the reader.
    /// </summary>
    internal readonly ulong Window => _buffer;

    /// <summary>How many bits of <see cref="Window"/> are data (the rest is 0).</summary>
    internal readonly int Available => _bufferedBits;

    /// <summary>Takes back the window after a loop consumed bits from it.</summary>
    internal void SetWindow(ulong window, int available)
    {
        _buffer = window;
        _bufferedBits = available;
    }

    /// <summary>Tops the window up (fewer than <paramref name="count"/> bits left in it only at the end of the data).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void RefillWindow() => Refill();

    /// <summary>Consumes bits up to the next byte boundary of the input.</summary>
    public void AlignToByte() => Skip(_bufferedBits & 7);

    // Tops the buffer up with as many whole bytes as fit: eight bytes at a time where the data has them.
    private void Refill()
    {
        var span = _data.Span;
        int position = _bytePosition;
        if ((uint)position + 8 <= (uint)span.Length)
        {
            ulong word = BinaryPrimitives.ReadUInt64BigEndian(span[position..]);
            if (_reverse)
            {
                word = ReverseBitsOfEachByte(word);
            }

            int bytes = (64 - _bufferedBits) >> 3;
            int filled = _bufferedBits + (bytes * 8);
            _buffer |= (word >> _bufferedBits) & (ulong.MaxValue << (64 - filled));
            _bufferedBits = filled;
            _bytePosition = position + bytes;
            return;
        }

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

    private static ulong ReverseBitsOfEachByte(ulong word)
    {
        word = ((word >> 1) & 0x5555_5555_5555_5555UL) | ((word & 0x5555_5555_5555_5555UL) << 1);
        word = ((word >> 2) & 0x3333_3333_3333_3333UL) | ((word & 0x3333_3333_3333_3333UL) << 2);
        return ((word >> 4) & 0x0F0F_0F0F_0F0F_0F0FUL) | ((word & 0x0F0F_0F0F_0F0F_0F0FUL) << 4);
    }
}
