namespace Groupus.Fax.T30;

/// <summary>Measures a received TCF: its length, the longest run of zero bits and the share of non-zero octets.</summary>
public static class TrainingMeter
{
    public static TrainingResult Measure(ReadOnlySpan<byte> tcf, int bitRate)
    {
        if (tcf.IsEmpty || bitRate <= 0)
        {
            return TrainingResult.NoCarrier;
        }

        long longestRun = 0;
        long run = 0;
        var nonZero = 0;
        foreach (var octet in tcf)
        {
            if (octet == 0)
            {
                run += 8;
                continue;
            }

            nonZero++;

            // A run ends at the first 1 bit; the modem sends the least significant bit first.
            run += System.Numerics.BitOperations.TrailingZeroCount(octet);
            longestRun = Math.Max(longestRun, run);
            run = System.Numerics.BitOperations.LeadingZeroCount((uint)octet) - 24;
        }

        longestRun = Math.Max(longestRun, run);
        return new TrainingResult(BitsAsTime(tcf.Length * 8L, bitRate), BitsAsTime(longestRun, bitRate), (double)nonZero / tcf.Length);
    }

    private static TimeSpan BitsAsTime(long bits, int bitRate) => TimeSpan.FromSeconds((double)bits / bitRate);
}
