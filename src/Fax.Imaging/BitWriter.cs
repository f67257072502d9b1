using System.Buffers;

namespace Groupus.Fax.Imaging;

/// <summary>Packs code words first-bit-first into bytes and hands them to an <see cref="IBufferWriter{T}"/> in chunks, reversing bit order for FillOrder 2.</summary>
internal sealed class BitWriter
{
    private const int ChunkSize = 1024;

    private readonly IBufferWriter<byte> _output;
    private readonly bool _reverse;
    private readonly byte[] _chunk = new byte[ChunkSize];
    private int _chunkLength;
    private ulong _pending;
    private int _pendingBits;

    public BitWriter(IBufferWriter<byte> output, FillOrder fillOrder)
    {
        _output = output;
        _reverse = fillOrder == FillOrder.LsbFirst;
    }

    /// <summary>Bits written so far, including those not yet flushed.</summary>
    public long BitPosition { get; private set; }

    /// <summary>Writes the low <paramref name="length"/> bits of <paramref name="code"/>, most significant first; length at most 32.</summary>
    public void WriteBits(uint code, int length)
    {
        if (length == 0)
        {
            return;
        }

        _pending = (_pending << length) | (code & (uint.MaxValue >> (32 - length)));
        _pendingBits += length;
        BitPosition += length;
        while (_pendingBits >= 8)
        {
            _pendingBits -= 8;
            PutByte((byte)(_pending >> _pendingBits));
        }

        _pending &= (1UL << _pendingBits) - 1;
    }

    public void WriteCode((ushort Code, byte Length) code) => WriteBits(code.Code, code.Length);

    public void WriteZeros(long count)
    {
        while (count > 0)
        {
            int n = (int)Math.Min(count, 32);
            WriteBits(0, n);
            count -= n;
        }
    }

    /// <summary>Zero bits needed to reach the next byte boundary.</summary>
    public int BitsToByteBoundary => (8 - _pendingBits) & 7;

    /// <summary>Pads the last partial byte with zeros and passes everything to the output.</summary>
    public void Flush()
    {
        WriteZeros(BitsToByteBoundary);
        FlushChunk();
    }

    private void PutByte(byte value)
    {
        _chunk[_chunkLength++] = _reverse ? BitReversal.Reverse(value) : value;
        if (_chunkLength == ChunkSize)
        {
            FlushChunk();
        }
    }

    private void FlushChunk()
    {
        if (_chunkLength == 0)
        {
            return;
        }

        _chunk.AsSpan(0, _chunkLength).CopyTo(_output.GetSpan(_chunkLength));
        _output.Advance(_chunkLength);
        _chunkLength = 0;
    }
}
