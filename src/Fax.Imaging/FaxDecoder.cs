using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Groupus.Fax.Imaging;

/// <summary>
/// Decodes a T.4 MH/MR or T.6 MMR page one row at a time. Never throws on bad data: a corrupt line is replaced by the
/// previous good row, T.4 decoding resynchronises at the next EOL, and the copy-quality figures are kept in
/// <see cref="Statistics"/>.
/// </summary>
public sealed class FaxDecoder
{
    private const int EolZeros = 11;

    private FaxDecoderOptions _options;
    private int _width;
    private int _byteWidth;
    private byte[] _previousRow;
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
        _options = null!;
        _previousRow = [];
        _reference = [];
        _current = [];
        Reset(data, options);
    }

    /// <summary>
    /// Starts decoding another page with this decoder, keeping its buffers (they grow only for a wider page): nothing of
    /// the previous page is left, neither rows, reference line, position nor statistics.
    /// </summary>
    [MemberNotNull(nameof(_options))]
    public void Reset(ReadOnlyMemory<byte> data, FaxDecoderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _width = options.Width;
        _byteWidth = (options.Width + 7) / 8;
        if (_previousRow.Length < _byteWidth || _current.Length < ChangingElements.Capacity(_width))
        {
            _previousRow = new byte[_byteWidth];
            _reference = new int[ChangingElements.Capacity(_width)];
            _current = new int[ChangingElements.Capacity(_width)];
        }
        else
        {
            _previousRow.AsSpan().Clear();
        }

        _reader = new BitReader(data, options.FillOrder);
        ChangingElements.AddSentinels(_reference, 0, _width);
        _currentCount = 0;
        _needSync = false;
        _referenceDamaged = false;
        _dataEnded = false;
        _rows = 0;
        _badRows = 0;
        _badRun = 0;
        _longestBadRun = 0;
        _endOfPageFound = false;
        _truncated = false;
        _rowsMissing = 0;
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

    /// <summary>
    /// Decodes rows into <paramref name="pixels"/> (packed rows of (Width + 7) / 8 bytes, one after another) until the
    /// page ends or the buffer is full; returns how many rows it wrote. A full buffer leaves the rest of the page to
    /// further calls (or <see cref="ReadRow"/>). Nothing is allocated.
    /// </summary>
    public int ReadPage(Span<byte> pixels)
    {
        int stride = _byteWidth;
        int rows = 0;
        while (pixels.Length >= stride && ReadRow(pixels[..stride]) != FaxRowResult.EndOfPage)
        {
            pixels = pixels[stride..];
            rows++;
        }

        return rows;
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
        var reader = _reader;
        var outcome = DecodeOneDimensional(ref reader, _current, _width, out int count);
        _reader = reader;
        if (outcome == LineOutcome.Complete)
        {
            FinishLine(count);
        }

        return outcome;
    }

    // The hot loops below keep the reader's bit window in locals (registers), handing it back to the reader to refill
    // or to classify a non-code, and index the change lists without bounds checks. They stay in bounds because a change list only ever holds strictly increasing positions below the
    // width (AddChange refuses anything else) and is followed by three sentinels equal to the width, in arrays of
    // ChangingElements.Capacity(width) entries; a reference-line scan stops at the first sentinel because a0 < width.
    private static LineOutcome DecodeOneDimensional(ref BitReader reader, int[] currentArray, int width, out int count)
    {
        EnsureCapacity(currentArray, width);
        ref int current = ref MemoryMarshal.GetArrayDataReference(currentArray);
        ulong window = reader.Window;
        int available = reader.Available;
        count = 0;
        int a0 = 0;
        bool white = true;
        LineOutcome outcome;
        while (true)
        {
            outcome = DecodeRun(ref reader, ref window, ref available, white, width, out int run);
            if (outcome != LineOutcome.Complete)
            {
                break;
            }

            a0 += run;
            if (a0 >= width)
            {
                outcome = a0 > width ? LineOutcome.Invalid : LineOutcome.Complete;
                break;
            }

            if (!AddChange(ref current, a0, ref count))
            {
                outcome = LineOutcome.Invalid;
                break;
            }

            white = !white;
        }

        reader.SetWindow(window, available);
        return outcome;
    }

    private LineOutcome DecodeTwoDimensional()
    {
        var reader = _reader;
        var outcome = DecodeTwoDimensional(ref reader, _reference, _current, _width, out int count);
        _reader = reader;
        if (outcome == LineOutcome.Complete)
        {
            FinishLine(count);
        }

        return outcome;
    }

    // T.4 4.2.1.3 / T.6: each mode locates a1 relative to a0 or to b1, b2 on the reference line.
    private static LineOutcome DecodeTwoDimensional(ref BitReader reader, int[] referenceArray, int[] currentArray, int width, out int count)
    {
        EnsureCapacity(referenceArray, width);
        EnsureCapacity(currentArray, width);
        ref int reference = ref MemoryMarshal.GetArrayDataReference(referenceArray);
        ref int current = ref MemoryMarshal.GetArrayDataReference(currentArray);
        ref int modes = ref MemoryMarshal.GetArrayDataReference(T4CodeTables.ModeDecode);
        ulong window = reader.Window;
        int available = reader.Available;
        count = 0;
        int a0 = -1;
        bool a0White = true;
        int bi = 0;
        var outcome = LineOutcome.Complete;
        while (a0 < width)
        {
            while (Unsafe.Add(ref reference, bi) <= a0)
            {
                bi++;
            }

            int b1Index = (bi & 1) == (a0White ? 0 : 1) ? bi : bi + 1;
            int b1 = Unsafe.Add(ref reference, b1Index);

            if (available < T4CodeTables.ModeLookupBits)
            {
                reader.SetWindow(window, available);
                reader.RefillWindow();
                window = reader.Window;
                available = reader.Available;
            }

            int entry = Unsafe.Add(ref modes, (int)(window >> (64 - T4CodeTables.ModeLookupBits)));
            int length = entry & 15;
            if (entry == 0 || length > available)
            {
                reader.SetWindow(window, available);
                return entry == 0 ? ClassifyNonCode(reader) : LineOutcome.EndOfData;
            }

            window <<= length;
            available -= length;
            int mode = entry >> 4;
            if (mode >= T4CodeTables.ModeVerticalBase - 3)
            {
                int a1 = b1 + (mode - T4CodeTables.ModeVerticalBase);
                if (a1 <= a0 || a1 > width || (a1 < width && !AddChange(ref current, a1, ref count)))
                {
                    outcome = LineOutcome.Invalid;
                    break;
                }

                a0 = a1;
                a0White = !a0White;
            }
            else if (mode == T4CodeTables.ModePass)
            {
                int b2 = Unsafe.Add(ref reference, b1Index + 1);
                if (b2 >= width)
                {
                    outcome = LineOutcome.Invalid;
                    break;
                }

                a0 = b2;
            }
            else
            {
                outcome = DecodeRun(ref reader, ref window, ref available, a0White, width, out int firstRun);
                if (outcome != LineOutcome.Complete)
                {
                    break;
                }

                outcome = DecodeRun(ref reader, ref window, ref available, !a0White, width, out int secondRun);
                if (outcome != LineOutcome.Complete)
                {
                    break;
                }

                int a1 = Math.Max(a0, 0) + firstRun;
                int a2 = a1 + secondRun;
                if (a2 > width
                    || (a1 < width && !AddChange(ref current, a1, ref count))
                    || (a2 < width && !AddChange(ref current, a2, ref count)))
                {
                    outcome = LineOutcome.Invalid;
                    break;
                }

                a0 = a2;
            }
        }

        reader.SetWindow(window, available);
        return outcome;
    }

    // What the unchecked indexing relies on, checked once per line.
    private static void EnsureCapacity(int[] changes, int width)
    {
        if (changes.Length < ChangingElements.Capacity(width))
        {
            throw new InvalidOperationException($"A change list of {changes.Length} entries cannot hold a row {width} pixels wide.");
        }
    }

    private void FinishLine(int count)
    {
        _currentCount = count;
        ChangingElements.AddSentinels(_current, count, _width);
    }

    // Two changes at one position cancel (a zero-length run), keeping the list strictly increasing. Callers pass
    // positions in [0, width).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AddChange(ref int current, int position, ref int count)
    {
        if (count > 0)
        {
            int last = Unsafe.Add(ref current, count - 1);
            if (position <= last)
            {
                if (position < last)
                {
                    return false;
                }

                count--;
                return true;
            }
        }

        Unsafe.Add(ref current, count++) = position;
        return true;
    }

    // Make-up codes then one terminating code, from the caller's window (see BitReader.Window); the window is handed
    // back to the reader before anything else looks at it. The look-ups index tables of exactly 2^lookupBits entries.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static LineOutcome DecodeRun(ref BitReader reader, ref ulong window, ref int available, bool white, int width, out int run)
    {
        run = 0;
        ref int table = ref MemoryMarshal.GetArrayDataReference(white ? T4CodeTables.WhiteDecode : T4CodeTables.BlackDecode);
        int lookupBits = white ? T4CodeTables.WhiteLookupBits : T4CodeTables.BlackLookupBits;
        while (true)
        {
            if (available < lookupBits)
            {
                reader.SetWindow(window, available);
                reader.RefillWindow();
                window = reader.Window;
                available = reader.Available;
            }

            int entry = Unsafe.Add(ref table, (int)(window >> (64 - lookupBits)));
            int length = entry & 15;
            if (entry == 0 || length > available)
            {
                // No code here, or one that the data's end cuts (what the look-up saw past the end was padding).
                reader.SetWindow(window, available);
                return entry == 0 ? ClassifyNonCode(reader) : LineOutcome.EndOfData;
            }

            window <<= length;
            available -= length;
            int value = entry >> 4;
            run += value;
            if (run > width)
            {
                return LineOutcome.Invalid;
            }

            if (value < 64)
            {
                return LineOutcome.Complete;
            }
        }
    }

    // Called with a copy of the reader: only looks.
    private static LineOutcome ClassifyNonCode(BitReader probe)
    {
        long zeros = probe.SkipZeros();
        if (probe.AtEnd)
        {
            return LineOutcome.EndOfData;
        }

        return zeros >= EolZeros ? LineOutcome.HitEol : LineOutcome.Invalid;
    }
}
