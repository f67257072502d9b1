using System.Text;

namespace Groupus.FaxGateway.Tests.Imaging;

/// <summary>Coded data as '0'/'1' text, first coded bit first, for hand-checkable assertions.</summary>
internal static class BitStrings
{
    public static string Of(ReadOnlySpan<byte> bytes, bool lsbFirst = false)
    {
        var text = new StringBuilder(bytes.Length * 8);
        foreach (byte b in bytes)
        {
            for (int bit = 0; bit < 8; bit++)
            {
                int mask = lsbFirst ? 1 << bit : 0x80 >> bit;
                text.Append((b & mask) != 0 ? '1' : '0');
            }
        }

        return text.ToString();
    }

    /// <summary>Bit positions at which each EOL (eleven or more 0s then a 1) starts, taking the EOL as the last eleven 0s and the 1.</summary>
    public static List<int> EolStarts(string bits)
    {
        var starts = new List<int>();
        int zeros = 0;
        for (int i = 0; i < bits.Length; i++)
        {
            if (bits[i] == '0')
            {
                zeros++;
                continue;
            }

            if (zeros >= 11)
            {
                starts.Add(i - 11);
            }

            zeros = 0;
        }

        return starts;
    }
}
