using System.Numerics;

namespace Groupus.Fax.Imaging;

/// <summary>Converts between packed rows and changing-element lists (positions where the colour differs from the pixel to the left; pixel -1 is white).</summary>
internal static class ChangingElements
{
    /// <summary>Sentinel entries kept after the last change so b1, b2 and a2 look-ups never run off the end.</summary>
    public const int SentinelCount = 3;

    /// <summary>Capacity needed for a changes buffer of a row of <paramref name="width"/> pixels.</summary>
    public static int Capacity(int width) => width + SentinelCount + 1;

    /// <summary>Fills <paramref name="changes"/> with the changing elements of <paramref name="row"/>, followed by sentinels equal to width; returns the count.</summary>
    public static int Find(ReadOnlySpan<byte> row, int width, Span<int> changes)
    {
        int count = 0;
        int position = 0;
        int color = 0;
        while (true)
        {
            position = NextDifferent(row, position, color, width);
            if (position >= width)
            {
                break;
            }

            changes[count++] = position;
            color ^= 1;
        }

        AddSentinels(changes, count, width);
        return count;
    }

    public static void AddSentinels(Span<int> changes, int count, int width)
    {
        changes[count] = width;
        changes[count + 1] = width;
        changes[count + 2] = width;
    }

    /// <summary>Writes the row described by <paramref name="changes"/>[0..count) into <paramref name="row"/> (whole bytes cleared first).</summary>
    public static void Render(ReadOnlySpan<int> changes, int count, int width, Span<byte> row)
    {
        row.Clear();
        for (int i = 0; i < count; i += 2)
        {
            int start = changes[i];
            int end = i + 1 < count ? changes[i + 1] : width;
            FillBlack(row, start, end);
        }
    }

    /// <summary>Sets pixels [start, end) to black.</summary>
    public static void FillBlack(Span<byte> row, int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        int firstByte = start >> 3;
        int lastByte = (end - 1) >> 3;
        byte firstMask = (byte)(0xFF >> (start & 7));
        byte lastMask = (byte)(0xFF << (7 - ((end - 1) & 7)));
        if (firstByte == lastByte)
        {
            row[firstByte] |= (byte)(firstMask & lastMask);
            return;
        }

        row[firstByte] |= firstMask;
        if (lastByte > firstByte + 1)
        {
            row.Slice(firstByte + 1, lastByte - firstByte - 1).Fill(0xFF);
        }

        row[lastByte] |= lastMask;
    }

    // First position >= start whose pixel is not `color`, or width.
    private static int NextDifferent(ReadOnlySpan<byte> row, int start, int color, int width)
    {
        if (start >= width)
        {
            return width;
        }

        int byteIndex = start >> 3;
        int lastByte = (width - 1) >> 3;
        int invert = color == 0 ? 0 : 0xFF;
        int bits = (row[byteIndex] ^ invert) & (0xFF >> (start & 7));
        while (bits == 0)
        {
            if (++byteIndex > lastByte)
            {
                return width;
            }

            bits = row[byteIndex] ^ invert;
        }

        int position = (byteIndex << 3) + BitOperations.LeadingZeroCount((uint)bits) - 24;
        return position < width ? position : width;
    }
}
