namespace Groupus.FaxGateway.Imaging;

/// <summary>
/// Decodes a T.4 MH/MR or T.6 MMR page one row at a time. Never throws on bad data: a corrupt line is replaced by the
/// previous good row, T.4 decoding resynchronises at the next EOL, and the copy-quality figures are kept in
/// <see cref="Statistics"/>.
/// </summary>
public sealed class FaxDecoder
{
    private const int EolZeros = 11;

    private readonly FaxDecoderOptions _options;
    private readonly int _width;
    private readonly int _byteWidth;
    private readonly byte[] _previousRow;
    private BitReader _reader;
    private int[] _reference;
    private int[] _current;
    private int _currentCount;
    private bool _needSync;
    private bool _referenceDamaged;
    private bool _dataEnded;
    private int _rows;
    private int _badRows;
    private int _badRun;
    private int _longestBadRun;
    private bool _endOfPageFound;
    private bool _truncated;
    private int _rowsMissing;

    public FaxDecoder(ReadOnlyMemory<byte> data, FaxDecoderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _width = options.Width;
        _byteWidth = (options.Width + 7) / 8;
        _previousRow = new byte[_byteWidth];
        _reader = new BitReader(data, options.FillOrder);
        _reference = new int[ChangingElements.Capacity(_width)];
        _current = new int[ChangingElements.Capacity(_width)];
        ChangingElements.AddSentinels(_reference, 0, _width);
    }

    public int Width => _width;

    /// <summary>Figures for the rows read so far.</summary>
    public FaxDecodeStatistics Statistics => new(_rows, _badRows, _longestBadRun, _endOfPageFound, _truncated);

    /// <summary>Rows of <see cref="FaxDecoderOptions.ExpectedRows"/> substituted because the data ended before them.</summary>
    internal int RowsMissing => _rowsMissing;

    /// <summary>Decodes the next row into <paramref name="row"/> (at least (Width + 7) / 8 bytes; padding bits cleared).</summary>
    public FaxRowResult ReadRow(Span<byte> row)
    {
        if (row.Length < _byteWidth)
        {
            throw new ArgumentException($"Row buffer has {row.Length} bytes; width {_width} needs {_byteWidth}.", nameof(row));
        }

        row = row[.._byteWidth];
        if (_rows >= RowLimit())
        {
            if (!_dataEnded && _options.ExpectedRows is null && !AtEndOfPage())
            {
                _truncated = true;
            }

            _dataEnded = true;
            return FaxRowResult.EndOfPage;
        }

        if (!_dataEnded)
        {
            var result = DecodeLine(out bool decoded);
            if (result != FaxRowResult.EndOfPage)
            {
                if (decoded)
                {
                    ChangingElements.Render(_current, _currentCount, _width, row);
                    row.CopyTo(_previousRow);
                    (_reference, _current) = (_current, _reference);
                }
                else
                {
                    _previousRow.CopyTo(row);
                }

                CountRow(result == FaxRowResult.Bad);
                return result;
            }

            _dataEnded = true;
        }

        if (_options.ExpectedRows is int expected && _rows < expected)
        {
            _previousRow.CopyTo(row);
            _rowsMissing++;
            CountRow(bad: true);
            return FaxRowResult.Bad;
        }

        return FaxRowResult.EndOfPage;
    }

    private int RowLimit() =>
        _options.ExpectedRows is int expected ? Math.Min(expected, _options.MaximumRows) : _options.MaximumRows;

    private void CountRow(bool bad)
    {
        _rows++;
        if (bad)
        {
            _badRows++;
            _badRun++;
            _longestBadRun = Math.Max(_longestBadRun, _badRun);
        }
        else
        {
            _badRun = 0;
        }
    }

    private FaxRowResult DecodeLine(out bool decoded)
    {
        if (_options.Encoding == FaxEncoding.Mmr)
        {
            return DecodeMmrLine(out decoded);
        }

        return _options.ByteAlignedRowsWithoutEol ? DecodeByteAlignedMhLine(out decoded) : DecodeT4Line(out decoded);
    }

    private FaxRowResult DecodeT4Line(out bool decoded)
    {
        decoded = false;
        bool mr = _options.Encoding == FaxEncoding.Mr;
        bool eol;
        if (_needSync)
        {
            if (!SyncToEol())
            {
                return FaxRowResult.EndOfPage;
            }

            _needSync = false;
            eol = true;
        }
        else
        {
            var saved = _reader;
            long zeros = _reader.SkipZeros();
            if (_reader.AtEnd)
            {
                return FaxRowResult.EndOfPage;
            }

            eol = zeros >= EolZeros;
            if (eol)
            {
                _reader.Skip(1);
            }
            else
            {
                _reader = saved;
            }
        }

        if (!eol && _rows == 0)
        {
            // The first line may come without an EOL; if it does not decode, whatever precedes the first EOL
            // (modem noise, a partial byte) is skipped rather than counted as a row.
            var lineStart = _reader;
            if (!mr && DecodeOneDimensional() == LineOutcome.Complete && FollowedByEolOrEnd())
            {
                decoded = true;
                return FaxRowResult.Good;
            }

            _reader = lineStart;
            if (!SyncToEol())
            {
                return FaxRowResult.EndOfPage;
            }

            eol = true;
        }

        bool oneDimensional = true;
        if (eol)
        {
            if (mr)
            {
                if (_reader.AtEnd)
                {
                    return FaxRowResult.EndOfPage;
                }

                oneDimensional = _reader.ReadBit() == 1;
            }

            // An EOL straight after an EOL cannot start a line: it is RTC.
            if (ReachedEndOfPage())
            {
                return FaxRowResult.EndOfPage;
            }
        }
        else if (mr)
        {
            // Without the EOL there is no tag bit to say how the line is coded.
            _needSync = true;
            _referenceDamaged = true;
            return FaxRowResult.Bad;
        }

        long start = _reader.BitPosition;
        var outcome = oneDimensional ? DecodeOneDimensional() : DecodeTwoDimensional();
        switch (outcome)
        {
            case LineOutcome.Complete:
                if (!FollowedByEolOrEnd())
                {
                    _needSync = true;
                    _referenceDamaged = true;
                    return FaxRowResult.Bad;
                }

                decoded = true;
                if (oneDimensional)
                {
                    _referenceDamaged = false;
                }

                return _referenceDamaged ? FaxRowResult.Bad : FaxRowResult.Good;

            case LineOutcome.HitEol:
                _referenceDamaged = true;
                return FaxRowResult.Bad;

            case LineOutcome.EndOfData when _reader.BitPosition == start:
                return FaxRowResult.EndOfPage;

            case LineOutcome.EndOfData:
                _dataEnded = true;
                return FaxRowResult.Bad;

            default:
                _needSync = true;
                _referenceDamaged = true;
                return FaxRowResult.Bad;
        }
    }

    /// <summary>
    /// True at the end of the data or at an end-of-page mark (a further EOL: RTC, or EOFB in MMR); otherwise the
    /// reader is left where it was.
    /// </summary>
    private bool ReachedEndOfPage()
    {
        var saved = _reader;
        long zeros = _reader.SkipZeros();
        if (_reader.AtEnd)
        {
            return true;
        }

        if (zeros >= EolZeros)
        {
            _endOfPageFound = true;
            return true;
        }

        _reader = saved;
        return false;
    }

    private FaxRowResult DecodeMmrLine(out bool decoded)
    {
        decoded = false;
        if (ReachedEndOfPage())
        {
            return FaxRowResult.EndOfPage;
        }

        if (DecodeTwoDimensional() == LineOutcome.Complete)
        {
            decoded = true;
            return FaxRowResult.Good;
        }

        // T.6 has no EOLs to resynchronise on: the rest of the page is lost.
        _dataEnded = true;
        return FaxRowResult.Bad;
    }

    private FaxRowResult DecodeByteAlignedMhLine(out bool decoded)
    {
        decoded = false;
        _reader.AlignToByte();
        if (_reader.AtEnd)
        {
            return FaxRowResult.EndOfPage;
        }

        long start = _reader.BitPosition;
        var outcome = DecodeOneDimensional();
        if (outcome == LineOutcome.Complete)
        {
            decoded = true;
            return FaxRowResult.Good;
        }

        _dataEnded = true;
        return outcome == LineOutcome.EndOfData && _reader.BitPosition == start ? FaxRowResult.EndOfPage : FaxRowResult.Bad;
    }

    private bool FollowedByEolOrEnd()
    {
        var probe = _reader;
        long zeros = probe.SkipZeros();
        return probe.AtEnd || zeros >= EolZeros;
    }

    // Consumes everything up to and including the next EOL; false when the data ends first.
    private bool SyncToEol()
    {
        while (true)
        {
            long zeros = _reader.SkipZeros();
            if (_reader.AtEnd)
            {
                return false;
            }

            _reader.Skip(1);
            if (zeros >= EolZeros)
            {
                return true;
            }
        }
    }

    // Whether only RTC/EOFB, fill or nothing remains.
    private bool AtEndOfPage()
    {
        var probe = _reader;
        long zeros = probe.SkipZeros();
        if (probe.AtEnd)
        {
            return true;
        }

        if (zeros < EolZeros)
        {
            return false;
        }

        probe.Skip(1);
        if (_options.Encoding == FaxEncoding.Mr)
        {
            probe.Skip(1);
        }

        zeros = probe.SkipZeros();
        return probe.AtEnd || zeros >= EolZeros;
    }

    private LineOutcome DecodeOneDimensional()
    {
        int count = 0;
        int a0 = 0;
        bool white = true;
        while (true)
        {
            var outcome = DecodeRun(white, out int run);
            if (outcome != LineOutcome.Complete)
            {
                return outcome;
            }

            a0 += run;
            if (a0 >= _width)
            {
                if (a0 > _width)
                {
                    return LineOutcome.Invalid;
                }

                FinishLine(count);
                return LineOutcome.Complete;
            }

            if (!AddChange(a0, ref count))
            {
                return LineOutcome.Invalid;
            }

            white = !white;
        }
    }

    // T.4 4.2.1.3 / T.6: each mode locates a1 relative to a0 or to b1, b2 on the reference line.
    private LineOutcome DecodeTwoDimensional()
    {
        var reference = _reference;
        int width = _width;
        int count = 0;
        int a0 = -1;
        bool a0White = true;
        int bi = 0;
        while (a0 < width)
        {
            while (reference[bi] <= a0)
            {
                bi++;
            }

            int b1Index = (bi & 1) == (a0White ? 0 : 1) ? bi : bi + 1;
            int b1 = reference[b1Index];
            int b2 = reference[b1Index + 1];

            var outcome = DecodeMode(out int mode);
            if (outcome != LineOutcome.Complete)
            {
                return outcome;
            }

            if (mode == T4CodeTables.ModePass)
            {
                if (b2 >= width)
                {
                    return LineOutcome.Invalid;
                }

                a0 = b2;
            }
            else if (mode == T4CodeTables.ModeHorizontal)
            {
                outcome = DecodeRun(a0White, out int firstRun);
                if (outcome != LineOutcome.Complete)
                {
                    return outcome;
                }

                outcome = DecodeRun(!a0White, out int secondRun);
                if (outcome != LineOutcome.Complete)
                {
                    return outcome;
                }

                int a1 = Math.Max(a0, 0) + firstRun;
                int a2 = a1 + secondRun;
                if (a2 > width)
                {
                    return LineOutcome.Invalid;
                }

                if ((a1 < width && !AddChange(a1, ref count)) || (a2 < width && !AddChange(a2, ref count)))
                {
                    return LineOutcome.Invalid;
                }

                a0 = a2;
            }
            else
            {
                int a1 = b1 + (mode - T4CodeTables.ModeVerticalBase);
                if (a1 <= a0 || a1 > width)
                {
                    return LineOutcome.Invalid;
                }

                if (a1 < width && !AddChange(a1, ref count))
                {
                    return LineOutcome.Invalid;
                }

                a0 = a1;
                a0White = !a0White;
            }
        }

        FinishLine(count);
        return LineOutcome.Complete;
    }

    private void FinishLine(int count)
    {
        _currentCount = count;
        ChangingElements.AddSentinels(_current, count, _width);
    }

    // Two changes at one position cancel (a zero-length run), keeping the list strictly increasing.
    private bool AddChange(int position, ref int count)
    {
        if (count > 0)
        {
            int last = _current[count - 1];
            if (position < last)
            {
                return false;
            }

            if (position == last)
            {
                count--;
                return true;
            }
        }

        _current[count++] = position;
        return true;
    }

    // Make-up codes then one terminating code.
    private LineOutcome DecodeRun(bool white, out int run)
    {
        run = 0;
        var table = white ? T4CodeTables.WhiteDecode : T4CodeTables.BlackDecode;
        int lookupBits = white ? T4CodeTables.WhiteLookupBits : T4CodeTables.BlackLookupBits;
        while (true)
        {
            int entry = table[_reader.Peek(lookupBits)];
            if (entry == 0)
            {
                return ClassifyNonCode();
            }

            int length = entry & 15;
            if (length > _reader.BitsRemaining)
            {
                return LineOutcome.EndOfData;
            }

            _reader.Skip(length);
            int value = entry >> 4;
            run += value;
            if (run > _width)
            {
                return LineOutcome.Invalid;
            }

            if (value < 64)
            {
                return LineOutcome.Complete;
            }
        }
    }

    private LineOutcome DecodeMode(out int mode)
    {
        mode = 0;
        int entry = T4CodeTables.ModeDecode[_reader.Peek(T4CodeTables.ModeLookupBits)];
        if (entry == 0)
        {
            return ClassifyNonCode();
        }

        int length = entry & 15;
        if (length > _reader.BitsRemaining)
        {
            return LineOutcome.EndOfData;
        }

        _reader.Skip(length);
        mode = entry >> 4;
        return LineOutcome.Complete;
    }

    private LineOutcome ClassifyNonCode()
    {
        var probe = _reader;
        long zeros = probe.SkipZeros();
        if (probe.AtEnd)
        {
            return LineOutcome.EndOfData;
        }

        return zeros >= EolZeros ? LineOutcome.HitEol : LineOutcome.Invalid;
    }
}
