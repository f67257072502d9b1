namespace Groupus.Fax.Imaging;

/// <summary>Reverses the bit order within bytes, converting between FillOrder 1 and 2.</summary>
public static class BitReversal
{
    private static readonly byte[] Table = BuildTable();

    /// <summary>The byte with its eight bits in reverse order.</summary>
    public static byte Reverse(byte value) => Table[value];

    /// <summary>Reverses the bits of every byte in place.</summary>
    public static void ReverseInPlace(Span<byte> bytes)
    {
        var table = Table;
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = table[bytes[i]];
        }
    }

    /// <summary>Writes the bit-reversed <paramref name="source"/> to <paramref name="destination"/>.</summary>
    public static void Reverse(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("Destination is shorter than source.", nameof(destination));
        }

        var table = Table;
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = table[source[i]];
        }
    }

    private static byte[] BuildTable()
    {
        var table = new byte[256];
        for (int i = 0; i < 256; i++)
        {
            int reversed = 0;
            for (int bit = 0; bit < 8; bit++)
            {
                if ((i & (1 << bit)) != 0)
                {
                    reversed |= 0x80 >> bit;
                }
            }

            table[i] = (byte)reversed;
        }

        return table;
    }
}
