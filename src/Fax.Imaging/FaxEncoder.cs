using System.Buffers;

namespace Groupus.Fax.Imaging;

/// <summary>Encodes one page, a scan line at a time, as T.4 MH/MR or T.6 MMR.</summary>
public sealed class FaxEncoder
{
    private readonly FaxEncoderOptions _options;
    private readonly BitWriter _writer;
    private readonly int _byteWidth;
    private int[] _reference;
    private int[] _current;
    private int _rowsEncoded;
    private bool _finished;

    public FaxEncoder(IBufferWriter<byte> output, FaxEncoderOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _writer = new BitWriter(output, options.FillOrder);
        _byteWidth = (options.Width + 7) / 8;
        _reference = new int[ChangingElements.Capacity(options.Width)];
        _current = new int[ChangingElements.Capacity(options.Width)];
        ChangingElements.AddSentinels(_reference, 0, options.Width);
    }

    /// <summary>Rows encoded so far.</summary>
    public int RowCount => _rowsEncoded;

    /// <summary>Bits written so far.</summary>
    public long BitCount => _writer.BitPosition;

    /// <summary>Encodes one packed row (MSB = leftmost pixel, 1 = black, at least (Width + 7) / 8 bytes).</summary>
    public void EncodeRow(ReadOnlySpan<byte> row)
    {
        if (_finished)
        {
            throw new InvalidOperationException("The page is finished; start a new encoder for the next page.");
        }

        if (row.Length < _byteWidth)
        {
            throw new ArgumentException($"Row has {row.Length} bytes; width {_options.Width} needs {_byteWidth}.", nameof(row));
        }

        int width = _options.Width;
        int count = ChangingElements.Find(row, width, _current);
        long lineStart = _writer.BitPosition;
        switch (_options.Encoding)
        {
            case FaxEncoding.Mh:
                if (_options.ByteAlignedRowsWithoutEol)
                {
                    EncodeOneDimensional(_current, count, width);
                    _writer.WriteZeros(_writer.BitsToByteBoundary);
                }
                else
                {
                    WriteEol();
                    EncodeOneDimensional(_current, count, width);
                    WriteFill(lineStart);
                }

                break;

            case FaxEncoding.Mr:
                bool oneDimensional = _rowsEncoded % _options.K == 0;
                WriteEol();
                _writer.WriteBits(oneDimensional ? 1u : 0u, 1);
                if (oneDimensional)
                {
                    EncodeOneDimensional(_current, count, width);
                }
                else
                {
                    EncodeTwoDimensional(_reference, _current, width);
                }

                WriteFill(lineStart);
                break;

            default:
                EncodeTwoDimensional(_reference, _current, width);
                break;
        }

        (_reference, _current) = (_current, _reference);
        _rowsEncoded++;
    }

    /// <summary>Writes RTC or EOFB if configured and flushes the final partial byte. The encoder cannot be used afterwards.</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        if (_options.WriteEndOfPage)
        {
            switch (_options.Encoding)
            {
                case FaxEncoding.Mh when !_options.ByteAlignedRowsWithoutEol:
                    for (int i = 0; i < 6; i++)
                    {
                        WriteEol();
                    }

                    break;
                case FaxEncoding.Mr:
                    for (int i = 0; i < 6; i++)
                    {
                        WriteEol();
                        _writer.WriteBits(1, 1);
                    }

                    break;
                case FaxEncoding.Mmr:
                    _writer.WriteBits(T4CodeTables.Eol, T4CodeTables.EolLength);
                    _writer.WriteBits(T4CodeTables.Eol, T4CodeTables.EolLength);
                    break;
            }
        }

        _writer.Flush();
        _finished = true;
    }

    private void WriteEol()
    {
        if (_options.ByteAlignEol)
        {
            // Fill so that the EOL's final 1 is the last bit of a byte.
            int misalignment = (int)((_writer.BitPosition + T4CodeTables.EolLength) & 7);
            _writer.WriteZeros((8 - misalignment) & 7);
        }

        _writer.WriteBits(T4CodeTables.Eol, T4CodeTables.EolLength);
    }

    private void WriteFill(long lineStart)
    {
        long used = _writer.BitPosition - lineStart;
        if (used < _options.MinimumLineBits)
        {
            _writer.WriteZeros(_options.MinimumLineBits - used);
        }
    }

    private void EncodeOneDimensional(ReadOnlySpan<int> changes, int count, int width)
    {
        int position = 0;
        bool white = true;
        for (int i = 0; i < count; i++)
        {
            WriteRun(changes[i] - position, white);
            position = changes[i];
            white = !white;
        }

        WriteRun(width - position, white);
    }

    // T.4 4.2.1.3: code each changing element a1 relative to b1 on the reference line.
    private void EncodeTwoDimensional(ReadOnlySpan<int> reference, ReadOnlySpan<int> current, int width)
    {
        int a0 = -1;
        bool a0White = true;
        int ai = 0;
        int bi = 0;
        while (a0 < width)
        {
            while (current[ai] <= a0)
            {
                ai++;
            }

            int a1 = current[ai];
            while (reference[bi] <= a0)
            {
                bi++;
            }

            // b1 must change to the colour opposite a0: even indices change to black.
            int b1Index = (bi & 1) == (a0White ? 0 : 1) ? bi : bi + 1;
            int b1 = reference[b1Index];
            int b2 = reference[b1Index + 1];

            if (b2 < a1)
            {
                _writer.WriteBits(T4CodeTables.Pass, T4CodeTables.PassLength);
                a0 = b2;
                continue;
            }

            int delta = a1 - b1;
            if (delta is >= -3 and <= 3)
            {
                _writer.WriteCode(T4CodeTables.Vertical(delta));
                a0 = a1;
                a0White = !a0White;
                continue;
            }

            int a2 = current[ai + 1];
            _writer.WriteBits(T4CodeTables.Horizontal, T4CodeTables.HorizontalLength);
            WriteRun(a1 - Math.Max(a0, 0), a0White);
            WriteRun(a2 - a1, !a0White);
            a0 = a2;
        }
    }

    private void WriteRun(int run, bool white)
    {
        while (run >= 2560 + 64)
        {
            _writer.WriteCode(T4CodeTables.MakeUp(white, 2560));
            run -= 2560;
        }

        if (run >= 64)
        {
            int makeUp = run & ~63;
            _writer.WriteCode(T4CodeTables.MakeUp(white, makeUp));
            run -= makeUp;
        }

        _writer.WriteCode(T4CodeTables.Terminating(white, run));
    }
}
